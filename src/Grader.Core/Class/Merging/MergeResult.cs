namespace Grader.Class.Merging;

/// <summary>What a merge did.</summary>
/// <param name="Merged">Submissions copied into the merged folder.</param>
/// <param name="InClassFiles">Submissions the rebuilt class files hold.</param>
/// <param name="Stale">Folders (<c>shard/submission</c>) graded earlier but not in their shard's last run, left out.</param>
internal sealed record MergeResult(int Merged, int InClassFiles, IReadOnlyList<string> Stale);
