namespace Grader.Verification;

public enum SnapshotState
{
    Equal,
    Missing,
    Changed,
}

/// <summary>What comparing a reference with its verified snapshot found.</summary>
public sealed record SnapshotOutcome(SnapshotState State, string VerifiedPath, string? ReceivedPath, string? Diff);
