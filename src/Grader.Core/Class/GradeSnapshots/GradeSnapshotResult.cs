namespace Grader.Class.GradeSnapshots;

/// <summary>A submission's grades compared with the accepted ones.</summary>
/// <param name="Accepted">The verified file was (re)written with these grades.</param>
/// <param name="Diff">For <see cref="GradeSnapshotOutcome.Changed"/>: the line diff, <c>-</c> accepted, <c>+</c> now.</param>
/// <param name="Verified">The accepted grades' file.</param>
/// <param name="Received">The file the new grades were written to when they are not accepted, else null.</param>
public sealed record GradeSnapshotResult(GradeSnapshotOutcome Outcome, bool Accepted, string? Diff, string Verified, string? Received)
{
    /// <summary>Whether the test of these grades fails: they differ from the accepted ones and were not accepted.</summary>
    public bool Fails => Outcome != GradeSnapshotOutcome.Equal && !Accepted;
}
