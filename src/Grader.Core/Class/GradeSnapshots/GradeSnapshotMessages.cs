namespace Grader.Class.GradeSnapshots;

/// <summary>
/// What a grades check says, in one place. Names and paths in them come from students: whoever prints
/// them escapes them (<see cref="Reports.InertText"/>).
/// </summary>
public static class GradeSnapshotMessages
{
    /// <summary>Why a grades check failed, and how to accept the new grades.</summary>
    /// <param name="approve">The command that accepts the grades of the submission's class, as the instructor would type it.</param>
    public static string Failure(string submission, GradeSnapshotResult result, string approve) => result.Outcome switch
    {
        GradeSnapshotOutcome.New =>
            $"{submission}: no accepted grades yet; they were written to {result.Received}.\n"
            + $"Review them, then accept them: {approve}, or run again with {GradeSnapshotFile.AcceptVariable}=1 "
            + $"(or rename {FileName(result.Received)} to {FileName(result.Verified)}).",
        GradeSnapshotOutcome.Changed =>
            $"{submission}: the grades differ from the accepted ones in {result.Verified} (- accepted, + now):\n{result.Diff}"
            + $"The new grades are in {result.Received}. If the change is meant (a spec changed on purpose), accept it: "
            + $"{approve}, or run again with {GradeSnapshotFile.AcceptVariable}=1.",
        _ => $"{submission}: the grades equal the accepted ones",
    };

    /// <summary>A check that accepted the grades (<c>GRADER_ACCEPT_SNAPSHOTS=1</c>).</summary>
    public static string Accepted(string submission, GradeSnapshotResult result) => result.Outcome switch
    {
        GradeSnapshotOutcome.New => $"{submission}: grades accepted into {result.Verified} (there were none)",
        GradeSnapshotOutcome.Changed => $"{submission}: changed grades accepted into {result.Verified} (- before, + now):\n{result.Diff}",
        _ => $"{submission}: the grades equal the accepted ones in {result.Verified}",
    };

    private static string FileName(string? path) => Path.GetFileName(path) ?? string.Empty;
}
