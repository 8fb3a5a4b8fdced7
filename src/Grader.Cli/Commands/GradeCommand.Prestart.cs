using Grader.Running;

namespace Grader.Cli.Commands;

internal sealed partial class GradeCommand
{
    /// <summary>Files and folders looked at, at most, to tell whether a run grades Python.</summary>
    private const int PrestartLookLimit = 2000;

    /// <summary>
    /// Called first thing in <c>Main</c>: when the command line grades Python in the default sandbox,
    /// starts the sandboxed Python server while .NET loads the grader and the problems (README,
    /// Performance). Anything unusual (another Python, no sandbox, another isolation, help) starts nothing here; the run
    /// itself then starts what it needs, as it always did.
    /// </summary>
    public static void PrestartServer(IReadOnlyList<string> args)
    {
        if (args.Count < 2 || !string.Equals(args[0], "grade", StringComparison.OrdinalIgnoreCase)
            || args.Any(a => a is "--no-sandbox" or "--help" or "-h" || a.StartsWith("--python", StringComparison.Ordinal) || a.StartsWith("--isolation", StringComparison.Ordinal)))
        {
            return;
        }

        try
        {
            if (args.Skip(1).Where(a => !a.StartsWith('-')).Any(HoldsPython))
            {
                SubmissionRunner.Prestart(new SandboxOptions());
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A path the run will report on itself.
        }
    }

    /// <summary>Whether a path given to grade looks like Python work: a .py, .ipynb or .zip file, or a folder holding one near its top.</summary>
    private static bool HoldsPython(string path)
    {
        if (File.Exists(path))
        {
            return IsPythonLike(path);
        }

        return Directory.Exists(path)
            && Directory.EnumerateFileSystemEntries(path, "*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 3, IgnoreInaccessible = true })
                .Take(PrestartLookLimit).Any(IsPythonLike);
    }

    private static bool IsPythonLike(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".py" or ".ipynb" or ".zip";
}
