namespace Grader.Verification;

/// <summary>What <c>grader verify</c> found for one problem: the checks run and every failure.</summary>
public sealed record VerificationResult(string ProblemId, string SpecPath, IReadOnlyList<string> Failures, IReadOnlyList<string> Checks, SnapshotOutcome? Snapshot)
{
    public bool Passed => Failures.Count == 0;
}
