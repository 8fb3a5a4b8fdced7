using Grader.Values;

namespace Grader.Submissions;

/// <summary>
/// A submission cannot be opened at all (as opposed to one of its files, a <see cref="FileIssue"/>):
/// no such path, a hostile or broken archive, or Python's parser cannot be started. Messages live here.
/// </summary>
public sealed class SubmissionException : Exception
{
    public SubmissionException()
    {
    }

    public SubmissionException(string message)
        : base(message)
    {
    }

    public SubmissionException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public static SubmissionException SubmissionMissing(string path) => new($"no submission at '{path}'");

    public static SubmissionException ZipTooLarge(string path, long limit) => new(
        $"'{path}' unpacks to more than {Quantity.FormatBytes(limit)}; refusing to extract it");

    public static SubmissionException ZipUnreadable(string path, string detail) => new(
        $"'{path}' is not a readable zip ({detail}); submit a folder or a .zip made by a zip tool");

    public static SubmissionException TooManyFiles(string path, int count, int limit) => new(
        $"'{path}' holds {count} files; a submission may hold at most {limit}. Submit only the homework's files");

    internal static SubmissionException NotARegularFile(string path, FileKind kind) => new(
        $"'{path}' is {FileIssue.Describe(kind)}, not a regular file; it was not opened. Submit a folder, a .zip or a source file");

    public static SubmissionException CopyTooLarge(string path, long limit) => new(
        $"'{path}' holds FIFOs, sockets or devices, so its regular files are read from a copy, and they add up to more than {Quantity.FormatBytes(limit)}; "
        + "submit only the homework's files");

    public static SubmissionException ScanFailed(string detail) => new($"could not scan the Python files: {detail}");
}
