using System.ComponentModel;
using Grader.Class;
using Grader.Class.GradeSnapshots;
using Grader.Class.Outputs;
using Grader.Cli.Parsing;
using Grader.Reports;
using Grader.Submissions;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader approve-grades</c>: grades every submission under a folder the way the grading suite does
/// (<see cref="ClassGrading"/>) and accepts the grades as each one's snapshot,
/// <c>&lt;submission&gt;.grades.verified.json</c>, after a deliberate change (a spec fixed mid-term),
/// or for a class graded the first time.
/// </summary>
[Description("Grade submissions as the grading suite does and accept their grades as <submission>.grades.verified.json")]
internal sealed class ApproveGradesCommand(CliContext context) : CancellableCommand<ApproveGradesCommand.Settings>
{
    internal sealed class Settings : ProblemsSettings
    {
        [CommandArgument(0, "[submissions]")]
        [Description("A submission, a class, or a folder of them (default: ./submissions, else the one beside the grader)")]
        public string? Submissions { get; init; }

        [CommandOption("-j|--jobs <N>")]
        [Description("Submissions graded at once (default: one per core)")]
        public int? Jobs { get; init; }
    }

    protected override async Task<int> ExecuteAsync(Settings settings, CancellationToken ct)
    {
        if (settings.Jobs is < 1)
        {
            throw CliMessages.BadJobs(settings.Jobs.Value);
        }

        var catalog = CatalogLoader.Load(context, settings);
        if (catalog.Errors.Count > 0)
        {
            await context.Error.WriteLineAsync(CliMessages.SpecsDoNotLoad(catalog.Errors.Count)).ConfigureAwait(false);
            return GraderApp.BadInput;
        }

        var paths = SubmissionLocator.FindAll(context.SubmissionsDirectory(settings.Submissions));
        using var grading = ClassGrading.Create(catalog, CourseLoader.Load(context, settings, null));
        var tally = new Dictionary<GradeSnapshotOutcome, int>();
        var notGraded = 0;
        var gate = new Lock();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.Jobs ?? Environment.ProcessorCount, CancellationToken = ct };
        await Parallel.ForEachAsync(paths, parallel, async (path, token) =>
        {
            string said;
            try
            {
                var report = await grading.GradeAsync(path, token).ConfigureAwait(false);
                var result = GradeSnapshotFile.Compare(path, GradeSnapshot.From(report), accept: true);
                lock (gate)
                {
                    tally[result.Outcome] = tally.GetValueOrDefault(result.Outcome) + 1;
                }

                said = result.Outcome == GradeSnapshotOutcome.Equal ? string.Empty : CliMessages.GradesAccepted(report.Submission, result, context.Shown(result.Verified));
            }
            catch (OutputWriteException e)
            {
                Interlocked.Increment(ref notGraded);
                said = CliMessages.GradesNotWritten(SubmissionName.Entry(path), e);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A fault of the grader on one submission keeps its accepted grades as they were; the others go on.
                Interlocked.Increment(ref notGraded);
                said = CliMessages.GradesNotAccepted(SubmissionName.Entry(path), e);
            }

            if (said.Length > 0)
            {
                lock (gate)
                {
                    context.Out.WriteLine(InertText.Escape(said, keepLineBreaks: true));
                }
            }
        }).ConfigureAwait(false);

        context.Out.WriteLine(CliMessages.GradesApproved(paths.Count, tally.GetValueOrDefault(GradeSnapshotOutcome.New), tally.GetValueOrDefault(GradeSnapshotOutcome.Changed), tally.GetValueOrDefault(GradeSnapshotOutcome.Equal), notGraded));
        return notGraded > 0 ? GraderApp.Failed : 0;
    }
}
