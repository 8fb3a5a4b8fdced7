using System.Globalization;
using Grader.Class.GradeSnapshots;

namespace Grader.Cli;

/// <summary>What <c>./grader approve-grades</c> says. Submission names in them come from students: printed inert.</summary>
internal static partial class CliMessages
{
    public static string GradesApproved(int total, int added, int changed, int equal, int notGraded) =>
        string.Create(CultureInfo.InvariantCulture, $"approve-grades: {total} submission(s): {added} accepted for the first time, {changed} changed and accepted, {equal} unchanged")
        + (notGraded > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {notGraded} could not be graded (their accepted grades are kept; see above)") : string.Empty);

    /// <param name="file">The verified file, as the user would type it.</param>
    public static string GradesAccepted(string submission, GradeSnapshotResult result, string file) => result.Outcome == GradeSnapshotOutcome.New
        ? $"{submission}: grades accepted into {file} (there were none)"
        : $"{submission}: changed grades accepted into {file} (- before, + now):\n{result.Diff?.TrimEnd('\n')}";

    public static string GradesNotWritten(string submission, Grader.Class.Outputs.OutputWriteException e) =>
        $"{submission}: not accepted: could not write {e.Path} ({e.Message})";

    public static string GradesNotAccepted(string submission, Exception e) =>
        $"{submission}: not accepted: Grader could not grade it ({e.GetType().Name}: {e.Message}); its accepted grades are kept";
}
