using Grader.Submissions;

namespace Grader.Running;

/// <summary>Grader cannot run submissions at all (as opposed to a submission failing). Messages live here.</summary>
public sealed class RunnerException : Exception
{
    public RunnerException()
    {
    }

    public RunnerException(string message)
        : base(message)
    {
    }

    public RunnerException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public static RunnerException BubblewrapMissing(string looked) => new(
        $"bubblewrap was not found ({looked}); Grader runs student code only inside its sandbox. "
        + "Install it with `apt-get install bubblewrap`, or pass --no-sandbox to run submissions unprotected.");

    public static RunnerException PythonNotFound(string? configured) => new(configured is null
        ? "no Python 3 found (looked for /usr/bin/python3 and python3 on PATH); install it with `apt-get install python3-numpy` or name one with --python"
        : $"the Python '{configured}' does not exist");

    public static RunnerException WorkerMissing(string path) => new(
        $"the C# worker was not found at '{path}'; build Grader.Worker next to Grader.Core");

    public static RunnerException SubmissionMissing(string path) => new($"no submission at '{path}'");

    public static RunnerException ZipTooLarge(string path, long limit) => new(
        $"'{path}' unpacks to more than {RunLimits.FormatBytes(limit)}; refusing to extract it");

    public static RunnerException ZipUnreadable(string path, string detail) => new(
        $"'{path}' is not a readable zip ({detail}); submit a folder or a .zip made by a zip tool");

    public static RunnerException TooManyFiles(string path, int count, int limit) => new(
        $"'{path}' holds {count} files; a submission may hold at most {limit}. Submit only the homework's files");

    internal static RunnerException NotARegularFile(string path, FileKind kind) => new(
        $"'{path}' is {FileIssue.Describe(kind)}, not a regular file; it was not opened. Submit a folder, a .zip or a source file");

    public static RunnerException CopyTooLarge(string path, long limit) => new(
        $"'{path}' holds FIFOs, sockets or devices, so its regular files are read from a copy, and they add up to more than {RunLimits.FormatBytes(limit)}; "
        + "submit only the homework's files");

    public static RunnerException ScanFailed(string detail) => new($"could not scan the Python files: {detail}");
}
