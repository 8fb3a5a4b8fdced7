namespace Grader.Class;

/// <summary>The messages of class grading and merging, in one place. Names in them come from students: whoever prints them escapes them (<see cref="Reports.InertText"/>).</summary>
internal static class ClassErrors
{
    public static ClassException NoShardOutputs(string folder) =>
        new($"{folder}: no graded submissions (no */{Reports.CompletionRecord.FileName}); is it a --out folder of ./grader grade?");

    public static ClassException IncompleteShard(string folder, IReadOnlyList<string> missing, int total) =>
        new($"{folder} is incomplete: {missing.Count} of its {total} submission(s) have no results ({string.Join(", ", missing.Take(5))}"
            + $"{(missing.Count > 5 ? ", …" : string.Empty)}); rerun that shard's grade command (it resumes) and merge again");

    public static ClassException DuplicateSubmission(string name, string first, string second) =>
        new($"submission '{name}' is in both {first} and {second}: shards must not overlap (were they graded with the same --shard K/N?)");

    public static ClassException ProblemSetsDiffer(string first, IReadOnlyList<string> firstIds, string second, IReadOnlyList<string> secondIds) =>
        new($"{first} was graded on problems [{string.Join(", ", firstIds)}] but {second} on [{string.Join(", ", secondIds)}]: "
            + "grade every shard with the same --problem options");

    public static ClassException SpecsDiffer(string first, string second) =>
        new($"{first} and {second} were graded with different problem specs or options (their spec hashes differ): "
            + "grade every shard with the same problems folder and options");

    public static ClassException OutIsInput(string folder) =>
        new($"--out {folder} is also one of the folders to merge; merge into a new folder");

    public static ClassException NoFolderToMerge(string folder) => new($"no folder {folder} to merge");

    public static ClassException BadSlice(string path, string reason) =>
        new($"{path}: not a list of submission names ({reason}); delete it and rerun that grading command");

    /// <summary>The reason in the report of a submission the grader itself failed on (a bug, a memory limit): it costs only that submission.</summary>
    public static string NotGraded(Exception e) =>
        $"Grader could not grade this submission ({e.GetType().Name}: {e.Message}); it scores nothing for now "
        + "and is graded again when the same command runs again";
}
