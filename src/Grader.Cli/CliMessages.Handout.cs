using System.Globalization;
using Grader.Class.Outputs;
using Grader.Reports;

namespace Grader.Cli;

/// <summary>What <c>./grader handout</c> says: its bad usage, a missing course file, what it wrote.</summary>
internal static partial class CliMessages
{
    public static UsageException HandoutForWhom() =>
        new("give --student ID for one student's handout, or --all --out DIR for every student of the roster");

    public static UsageException HandoutAllNeedsOut() =>
        new("--all writes one file per student: add --out DIR");

    /// <summary>No course.yaml beside the problems folder and no --course: nobody has their own numbers yet.</summary>
    public static UsageException NoCourseFile(string problemsFolder) =>
        new($"no course file: a student's numbers come from the course's salt and roster; run ./grader course init "
            + $"(it writes course.yaml beside {problemsFolder}), or give --course FILE");

    public static string HandoutSpecsDoNotLoad(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"grader: {count} spec(s) do not load; fix them (see above) before handing out the problems");

    /// <summary>After <c>--out</c>: how many handouts were written, and where.</summary>
    public static string HandoutsWritten(int count, string folder, string format) =>
        InertText.Escape(string.Create(CultureInfo.InvariantCulture, $"wrote {count} {format} handout(s) to {folder}"));

    public static string HandoutWriteFailed(OutputWriteException e, int written) =>
        InertText.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"grader: could not write {e.Path} ({e.Message}); {written} handout(s) were written before it. Fix that and run the same command again (it rewrites every file)"));
}
