using Grader.Checking;
using Grader.Class;
using Grader.Grading;
using Grader.Reports;
using Grader.Submissions;
using Spectre.Console;

namespace Grader.Cli.Commands;

internal sealed partial class GradeCommand
{
    /// <summary>Exit code after Ctrl-C, as a shell reports a process ended by SIGINT.</summary>
    private const int Interrupted = 130;

    /// <summary>
    /// Grades a class into --out (<see cref="ClassRun"/>). Output folders are assigned over the whole
    /// class before it is cut into shards, so every shard, rerun and merge agree on them.
    /// </summary>
    private async Task<int> GradeClassAsync(Settings settings, GradingPlan plan, SubmissionGrader grader, IReadOnlyList<string> all, CancellationToken ct)
    {
        var outDirectory = context.Resolve(settings.Out!);
        var assigned = OutputFolders.Assign(all);
        var paths = ParseShard(settings.Shard).Select(assigned.Keys, OutputFolders.SubmissionName);
        var folders = paths.ToDictionary(p => p, p => assigned[p], StringComparer.Ordinal);
        var options = new ClassRun.Options(
            OutFormats(settings),
            [.. plan.Problems.Select(p => p.Id)],
            ContentHash.OfSpecs(plan, OptionsKey(settings)),
            settings.Force,
            settings.Jobs ?? Environment.ProcessorCount);
        var run = new ClassRun(context, outDirectory, options, grader.GradeAsync, (path, reason) => NotGraded(plan, settings, path, reason));

        ClassRun.Result result;
        try
        {
            result = await run.RunAsync(folders, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Ctrl-C: what is finished is complete on disk (each submission's record is written last).
            await context.Error.WriteLineAsync(InertText.Escape(BatchErrors.Interrupted(run.Graded, settings.Out!))).ConfigureAwait(false);
            return Interrupted;
        }
        catch (OutputWriteException e)
        {
            await context.Error.WriteLineAsync(InertText.Escape(BatchErrors.WriteFailed(e, run.Graded))).ConfigureAwait(false);
            return GraderApp.Incomplete;
        }

        context.Console.WriteLine(InertText.Escape(
            $"graded {result.Graded}, unchanged {result.Unchanged} of {paths.Count} submission(s){ShardNote(settings.Shard)}; "
            + $"reports in {settings.Out}/{ClassOutputs.Students}/<submission>/, class files {ClassOutputs.Gradebook}, {ClassOutputs.Summary}, {ClassOutputs.Report} ({result.InClassFiles} submission(s))"));
        if (result.NotGraded > 0)
        {
            await context.Error.WriteLineAsync(BatchErrors.SomeNotGraded(result.NotGraded)).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>The report of a submission the grader failed on: every problem ungraded, the reason as its one file issue.</summary>
    private static ScoreReport NotGraded(GradingPlan plan, Settings settings, string path, string reason)
    {
        var name = OutputFolders.SubmissionName(path);
        var scores = plan.Problems.Select(p => ProblemGrader.Grade(p.Reference, null, settings.PublicOnly)).ToList();
        return new ScoreReport(name, scores, [new FileIssue(name, 0, 0, reason)], TimeSpan.Zero) { GradedAt = DateTimeOffset.UtcNow, PublicOnly = settings.PublicOnly };
    }

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
