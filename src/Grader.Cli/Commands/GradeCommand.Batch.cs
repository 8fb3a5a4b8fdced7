using Grader.Grading;
using Grader.Grading.Batch;
using Grader.Reports;
using Grader.Reports.Class;
using Spectre.Console;

namespace Grader.Cli.Commands;

internal sealed partial class GradeCommand
{
    /// <summary>Exit code after Ctrl-C, as a shell reports a process ended by SIGINT.</summary>
    private const int Interrupted = 130;

    /// <summary>
    /// Grades a class into --out: submissions in parallel, each one's reports written as soon as it
    /// is done and its completion record last; unchanged submissions with a record are skipped
    /// (unless --force); then the class files are rebuilt from the records.
    /// </summary>
    private async Task<int> GradeClassAsync(Settings settings, GradingPlan plan, SubmissionGrader grader, IReadOnlyList<string> all, CancellationToken ct)
    {
        var outDirectory = context.Resolve(settings.Out!);
        Directory.CreateDirectory(outDirectory);
        AtomicFile.RemoveLeftovers(outDirectory);
        var paths = ParseShard(settings.Shard).Select(all, SubmissionName);
        var folders = FoldersOf(paths);
        // Written first: until every submission of this run has its record, merge sees the run as unfinished.
        ClassOutputs.WriteSlice(outDirectory, folders.Values);
        var formats = OutFormats(settings);
        var specsHash = ContentHash.OfSpecs(plan, OptionsKey(settings));
        var graded = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Jobs ?? Environment.ProcessorCount, CancellationToken = ct };

        try
        {
            await GradeEachAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Ctrl-C: what is finished is complete on disk (each submission's record is written last).
            await context.Error.WriteLineAsync(
                $"grader: interrupted; {graded} submission(s) graded in this run are kept in {settings.Out}/. "
                + "Run the same command again to grade the rest (finished, unchanged submissions are skipped).").ConfigureAwait(false);
            return Interrupted;
        }

        var count = ClassOutputs.Rebuild(outDirectory, folders.Values, [.. plan.Problems.Select(p => p.Id)]);
        context.Console.WriteLine(
            $"graded {graded}, unchanged {paths.Count - graded} of {paths.Count} submission(s){ShardNote(settings.Shard)}; "
            + $"reports in {settings.Out}/<submission>/, class files {ClassOutputs.Gradebook}, {ClassOutputs.Summary}, {ClassOutputs.Report} ({count} submission(s))");
        return 0;

        Task GradeEachAsync() => BatchProgress.RunAsync(context, paths.Count, progress => Parallel.ForEachAsync(paths, options, async (path, token) =>
        {
            var folder = Path.Combine(outDirectory, folders[path]);
            var recordPath = Path.Combine(folder, CompletionRecord.FileName);
            var filesHash = HashOrReason(path);
            if (!settings.Force && CompletionRecord.TryRead(recordPath) is { } done
                && done.Matches(filesHash, specsHash, ContentHash.GraderVersion)
                && formats.All(f => File.Exists(Path.Combine(folder, f.FileName))))
            {
                progress.Done(done.Submission, $"{ReportText.Points(done.Score)} / {ReportText.Points(done.MaxScore)} (unchanged)");
                return;
            }

            // The old record goes first: from here until the new one is written, a crash leaves none, so a rerun regrades.
            Directory.CreateDirectory(folder);
            File.Delete(recordPath);
            var report = await grader.GradeAsync(path, token).ConfigureAwait(false);
            foreach (var format in formats)
            {
                AtomicFile.Write(Path.Combine(folder, format.FileName), writer => format.Write(report, writer));
            }

            AtomicFile.Write(recordPath, CompletionRecord.From(report, filesHash, specsHash, ContentHash.GraderVersion).ToJson());
            Interlocked.Increment(ref graded);
            progress.Done(report.Submission, $"{ReportText.Points(report.Score)} / {ReportText.Points(report.MaxScore)}");
        }));
    }

    /// <summary>
    /// The submission's content hash; for one that cannot even be read, the reason (the grader then
    /// reports it as unreadable; one student's broken folder must not stop the class).
    /// </summary>
    private static string HashOrReason(string path)
    {
        try
        {
            return ContentHash.OfSubmission(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable: " + e.Message;
        }
    }

    /// <summary>A submission's name before it is opened: the folder's name, or the file's without its extension.</summary>
    internal static string SubmissionName(string path) => Directory.Exists(path)
        ? Path.GetFileName(Path.TrimEndingDirectorySeparator(path))
        : Path.GetFileNameWithoutExtension(path);

    private static Shard ParseShard(string? text)
    {
        try
        {
            return text is null ? Shard.All : Shard.Parse(text);
        }
        catch (FormatException e)
        {
            throw BatchErrors.BadShard(e.Message);
        }
    }

    /// <summary>Each submission's output folder; two submissions may not share one.</summary>
    private static Dictionary<string, string> FoldersOf(IReadOnlyList<string> paths)
    {
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var folder = SafeName(SubmissionName(path));
            if (!owners.TryAdd(folder, path))
            {
                throw BatchErrors.SameFolder(owners[folder], path, folder);
            }

            folders[path] = folder;
        }

        return folders;
    }

    /// <summary>What besides the specs changes a submission's results: a record made with other options is regraded.</summary>
    private static string OptionsKey(Settings settings) => string.Join(
        "\n",
        $"public-only={settings.PublicOnly}",
        $"sandbox={!settings.NoSandbox}",
        $"python={settings.Python}",
        $"timeout={settings.Timeout}",
        $"memory={settings.Memory}",
        $"formats={string.Join(",", settings.Formats)}");

    private static string ShardNote(string? shard) => shard is null ? string.Empty : $" in shard {shard}";
}
