using System.Globalization;

namespace Grader.Cli.Commands;

/// <summary>The messages of class grading and merging, in one place.</summary>
internal static class BatchErrors
{
    public static UsageException BadJobs(int jobs) =>
        new(string.Create(CultureInfo.InvariantCulture, $"--jobs {jobs}: give at least 1 (the default is one per core)"));

    public static UsageException BadShard(string message) => new(message);

    public static UsageException ShardNeedsOut() =>
        new("--shard grades a slice of a class into a folder: add --out DIR (one folder per shard, then ./grader merge)");

    /// <summary>Two submissions whose names become the same output folder (e.g. "a b" and "a_b").</summary>
    public static UsageException SameFolder(string first, string second, string folder) =>
        new($"submissions '{first}' and '{second}' would both write to {folder}/; rename one of them");

    public static UsageException NoShardOutputs(string folder) =>
        new($"{folder}: no graded submissions (no */{Reports.Class.CompletionRecord.FileName}); is it a --out folder of ./grader grade?");

    public static UsageException IncompleteShard(string folder, IReadOnlyList<string> missing, int total) =>
        new($"{folder} is incomplete: {missing.Count} of its {total} submission(s) have no results ({string.Join(", ", missing.Take(5))}"
            + $"{(missing.Count > 5 ? ", …" : string.Empty)}); rerun that shard's grade command (it resumes) and merge again");

    public static UsageException DuplicateSubmission(string name, string first, string second) =>
        new($"submission '{name}' is in both {first} and {second}: shards must not overlap (were they graded with the same --shard K/N?)");

    public static UsageException ProblemSetsDiffer(string first, IReadOnlyList<string> firstIds, string second, IReadOnlyList<string> secondIds) =>
        new($"{first} was graded on problems [{string.Join(", ", firstIds)}] but {second} on [{string.Join(", ", secondIds)}]: "
            + "grade every shard with the same --problem options");

    public static UsageException SpecsDiffer(string first, string second) =>
        new($"{first} and {second} were graded with different problem specs or options (their spec hashes differ): "
            + "grade every shard with the same problems folder and options");

    public static UsageException OutIsInput(string folder) =>
        new($"--out {folder} is also one of the folders to merge; merge into a new folder");
}
