using Grader.Class.Outputs;
using Grader.Class.Reports;

namespace Grader.Class.Merging;

/// <summary>What the shards to merge hold, checked before anything is written.</summary>
internal static class ShardCheck
{
    /// <summary>
    /// Which input holds each submission, the problem set they all share, and the graded folders left
    /// out because their shard's last run did not cover them; throws on overlaps, mismatches and
    /// shards whose last run did not finish.
    /// </summary>
    /// <exception cref="ClassException">the shards cannot be merged.</exception>
    public static (SortedDictionary<string, string> Owners, IReadOnlyList<string> ProblemIds, List<string> Stale) Check(IReadOnlyList<string> inputs)
    {
        var owners = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var stale = new List<string>();
        (string Input, IReadOnlyList<string> Ids, string SpecsHash)? reference = null;
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input))
            {
                throw ClassErrors.NoFolderToMerge(input);
            }

            var graded = ClassOutputs.GradedFolders(input).Order(StringComparer.Ordinal).ToList();
            if (graded.Count == 0)
            {
                throw ClassErrors.NoShardOutputs(input);
            }

            var slice = ClassOutputs.ReadSlice(input);
            var folders = slice is null ? graded : graded.Where(slice.Contains).ToList();
            stale.AddRange(graded.Except(folders).Select(f => Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(input)), f)));
            if (slice?.Except(graded).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } missing)
            {
                throw ClassErrors.IncompleteShard(input, missing, slice.Count);
            }

            foreach (var folder in folders)
            {
                if (owners.TryGetValue(folder, out var first))
                {
                    throw ClassErrors.DuplicateSubmission(folder, first, input);
                }

                owners[folder] = input;
                if (CompletionRecord.TryRead(Path.Combine(ClassOutputs.StudentFolder(input, folder), CompletionRecord.FileName)) is not { } record)
                {
                    continue;
                }

                reference ??= (input, record.ProblemIds, record.SpecsHash);
                if (!reference.Value.Ids.SequenceEqual(record.ProblemIds, StringComparer.Ordinal))
                {
                    throw ClassErrors.ProblemSetsDiffer(reference.Value.Input, reference.Value.Ids, input, record.ProblemIds);
                }

                if (reference.Value.SpecsHash != record.SpecsHash)
                {
                    throw ClassErrors.SpecsDiffer(reference.Value.Input, input);
                }
            }
        }

        return (owners, reference?.Ids ?? [], stale);
    }
}
