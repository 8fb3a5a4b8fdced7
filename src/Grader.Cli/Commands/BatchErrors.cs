using System.Globalization;
using Grader.Grading;

namespace Grader.Cli.Commands;

/// <summary>The messages of class grading and merging, in one place. Names in them come from students: whoever prints them escapes them (<see cref="Reports.InertText"/>).</summary>
internal static class BatchErrors
{
    public static UsageException BadJobs(int jobs) =>
        new(string.Create(CultureInfo.InvariantCulture, $"--jobs {jobs}: give at least 1 (the default is one per core)"));

    public static UsageException BadShard(string message) => new(message);

    public static UsageException ShardNeedsOut() =>
        new("--shard grades a slice of a class into a folder: add --out DIR (one folder per shard, then ./grader merge)");

    public static UsageException NoShardOutputs(string folder) =>
        new($"{folder}: no graded submissions (no */{Class.Reports.CompletionRecord.FileName}); is it a --out folder of ./grader grade?");

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

    public static UsageException BadSlice(string path, string reason) =>
        new($"{path}: not a list of submission names ({reason}); delete it and rerun that grading command");

    /// <summary>The reason in the report of a submission the grader itself failed on (a bug, a memory limit): it costs only that submission.</summary>
    public static string NotGraded(Exception e) =>
        $"Grader could not grade this submission ({e.GetType().Name}: {e.Message}); it scores nothing for now "
        + "and is graded again when the same command runs again";

    /// <summary>The progress line's result for such a submission.</summary>
    public static string NotGradedResult(Exception e) => $"not graded ({e.GetType().Name}: {Reports.ReportText.FirstLine(e.Message)})";

    public static string SomeNotGraded(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"grader: {count} submission(s) could not be graded because of an error in Grader (the reason is in their reports); ")
        + "they are tried again when the same command runs again";

    /// <summary>An output file could not be written: the run stops, and says what to do.</summary>
    public static string WriteFailed(OutputWriteException e, int kept) =>
        (e.NoSpace
            ? $"grader: no space left on device while writing {e.Path}; free space and run the same command again"
            : $"grader: could not write {e.Path} ({e.Message}); fix that and run the same command again")
        + string.Create(CultureInfo.InvariantCulture, $": graded submissions are kept ({kept} in this run), the others are graded then");

    public static string Interrupted(int graded, string outDirectory) =>
        string.Create(CultureInfo.InvariantCulture, $"grader: interrupted; {graded} submission(s) graded in this run are kept in {outDirectory}/. ")
        + "Run the same command again to grade the rest (finished, unchanged submissions are skipped).";
}
