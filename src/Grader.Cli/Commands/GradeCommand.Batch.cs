using Grader.Class;
using Grader.Class.Outputs;
using Grader.Class.Reports;
using Grader.Cli.Parsing;
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
        var paths = ParseShard(settings.Shard).Select(assigned.Keys, SubmissionName.Of);
        var folders = paths.ToDictionary(p => p, p => assigned[p], StringComparer.Ordinal);
        var options = new ClassGradingOptions(OutFormats(settings), [.. plan.Problems.Select(p => p.Id)], ContentHash.OfSpecs(plan, GradingKey.Of(settings)), settings.Force)
        {
            Lms = settings.Gradebook is null
                ? null
                : new LmsGradebook(settings.Gradebook == "canvas" ? Lms.Canvas : Lms.Moodle, settings.Assignment ?? Path.GetFileName(outDirectory.TrimEnd('/')), plan.Course),
        };
        var classGrader = new ClassGrader(outDirectory, options, grader.GradeAsync, (path, reason) => grader.Scoreless(SubmissionName.Of(path), reason, TimeSpan.Zero));
        var run = new ClassRun(context, classGrader, settings.Jobs ?? Environment.ProcessorCount);

        ClassRun.Result result;
        try
        {
            result = await run.RunAsync(folders, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Ctrl-C: what is finished is complete on disk (each submission's record is written last).
            await context.Error.WriteLineAsync(InertText.Escape(CliMessages.Interrupted(run.Graded, settings.Out!))).ConfigureAwait(false);
            return Interrupted;
        }
        catch (OutputWriteException e)
        {
            await context.Error.WriteLineAsync(InertText.Escape(CliMessages.WriteFailed(e, run.Graded))).ConfigureAwait(false);
            return GraderApp.Incomplete;
        }

        context.Console.WriteLine(InertText.Escape(
            $"graded {result.Graded}, unchanged {result.Unchanged} of {paths.Count} submission(s){ShardNote(settings.Shard)}; "
            + $"reports in {settings.Out}/{ClassOutputs.Students}/<submission>/, class files {ClassOutputs.Gradebook}, {ClassOutputs.Summary}, {ClassOutputs.Report} ({result.InClassFiles} submission(s))"));
        if (result.NotGraded > 0)
        {
            await context.Error.WriteLineAsync(CliMessages.SomeNotGraded(result.NotGraded)).ConfigureAwait(false);
        }

        return 0;
    }

    private static Shard ParseShard(string? text)
    {
        try
        {
            return text is null ? Shard.All : Shard.Parse(text);
        }
        catch (FormatException e)
        {
            throw CliMessages.BadShard(e.Message);
        }
    }

    private static string ShardNote(string? shard) => shard is null ? string.Empty : $" in shard {shard}";
}
