using System.CommandLine;
using Grader.Class.Reports;
using Grader.Reports;
using Grader.Values;
using Spectre.Console;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader merge</c>: combines the --out folders of shards (<c>grade --shard K/N</c>) into one:
/// copies every graded submission's folder and rebuilds the gradebook, summary and report. Shards
/// that overlap or were graded on other problems are refused before anything is written.
/// </summary>
internal sealed class MergeCommand(CliContext context)
{
    internal sealed record Settings(IReadOnlyList<string> Shards, string Out);

    public static Command Build(CliContext context)
    {
        var shards = new Argument<string[]>("shard") { Description = "The --out folders of the shards", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "The merged folder: DIR/students/<submission>/ and the class files", Required = true };
        var command = new Command("merge", "Merge the --out folders of sharded grading runs into one gradebook and class report") { shards, output };
        command.SetAction(result => new MergeCommand(context).Execute(new Settings(result.GetValue(shards) ?? [], result.GetValue(output)!)));
        return command;
    }

    public int Execute(Settings settings)
    {
        var outDirectory = context.Resolve(settings.Out);
        var inputs = settings.Shards.Select(context.Resolve).Distinct(StringComparer.Ordinal).ToList();
        if (inputs.FirstOrDefault(i => Path.TrimEndingDirectorySeparator(i) == Path.TrimEndingDirectorySeparator(outDirectory)) is { } same)
        {
            throw BatchErrors.OutIsInput(same);
        }

        var (owners, problemIds, stale) = Check(inputs);
        int count;
        try
        {
            ClassOutputs.Prepare(outDirectory);
            foreach (var (folder, input) in owners)
            {
                CopyFolder(ClassOutputs.StudentFolder(input, folder), ClassOutputs.StudentFolder(outDirectory, folder));
            }

            // The class files hold exactly the merged submissions, whatever else the folder held before.
            ClassOutputs.WriteSlice(outDirectory, owners.Keys);
            count = ClassOutputs.Rebuild(outDirectory, owners.Keys, problemIds);
        }
        catch (OutputWriteException e)
        {
            context.Error.WriteLine(InertText.Escape(BatchErrors.WriteFailed(e, 0)));
            return GraderApp.Incomplete;
        }

        context.Console.WriteLine(InertText.Escape(
            $"merged {owners.Count} submission(s) from {inputs.Count} folder(s) into {settings.Out}; class files "
            + $"{ClassOutputs.Gradebook}, {ClassOutputs.Summary}, {ClassOutputs.Report} ({count} submission(s))"));
        if (stale.Count > 0)
        {
            context.Console.WriteLine(InertText.Escape(
                $"left out {stale.Count} folder(s) graded earlier but not in their shard's last run (no longer in the class?): "
                + string.Join(", ", stale.Take(5)) + (stale.Count > 5 ? ", …" : string.Empty)));
        }

        return 0;
    }

    /// <summary>
    /// Which input holds each submission, the problem set they all share, and the graded folders left
    /// out because their shard's last run did not cover them; throws on overlaps, mismatches and
    /// shards whose last run did not finish.
    /// </summary>
    private static (SortedDictionary<string, string> Owners, IReadOnlyList<string> ProblemIds, List<string> Stale) Check(IReadOnlyList<string> inputs)
    {
        var owners = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var stale = new List<string>();
        (string Input, IReadOnlyList<string> Ids, string SpecsHash)? reference = null;
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input))
            {
                throw new DirectoryNotFoundException($"no folder {input} to merge");
            }

            var graded = ClassOutputs.GradedFolders(input).Order(StringComparer.Ordinal).ToList();
            if (graded.Count == 0)
            {
                throw BatchErrors.NoShardOutputs(input);
            }

            var slice = ClassOutputs.ReadSlice(input);
            var folders = slice is null ? graded : graded.Where(slice.Contains).ToList();
            stale.AddRange(graded.Except(folders).Select(f => Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(input)), f)));
            if (slice?.Except(graded).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } missing)
            {
                throw BatchErrors.IncompleteShard(input, missing, slice.Count);
            }

            foreach (var folder in folders)
            {
                if (owners.TryGetValue(folder, out var first))
                {
                    throw BatchErrors.DuplicateSubmission(folder, first, input);
                }

                owners[folder] = input;
                if (CompletionRecord.TryRead(Path.Combine(ClassOutputs.StudentFolder(input, folder), CompletionRecord.FileName)) is not { } record)
                {
                    continue;
                }

                reference ??= (input, record.ProblemIds, record.SpecsHash);
                if (!reference.Value.Ids.SequenceEqual(record.ProblemIds, StringComparer.Ordinal))
                {
                    throw BatchErrors.ProblemSetsDiffer(reference.Value.Input, reference.Value.Ids, input, record.ProblemIds);
                }

                if (reference.Value.SpecsHash != record.SpecsHash)
                {
                    throw BatchErrors.SpecsDiffer(reference.Value.Input, input);
                }
            }
        }

        return (owners, reference?.Ids ?? [], stale);
    }

    /// <summary>Copies beside the target, then swaps it in, so the target is never half-copied.</summary>
    /// <exception cref="OutputWriteException">the copy could not be written (a full disk).</exception>
    private static void CopyFolder(string source, string target)
    {
        try
        {
            CopyFolderOrThrow(source, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(target, e);
        }
    }

    private static void CopyFolderOrThrow(string source, string target)
    {
        var staging = target + AtomicFile.TemporaryMarker + "merge";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(staging, Path.GetFileName(file)));
        }

        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.Move(staging, target);
    }
}
