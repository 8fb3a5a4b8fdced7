using System.ComponentModel;
using Grader.Class;
using Grader.Courses;
using Grader.Cli.Parsing;
using Grader.Grading;
using Grader.Reference;
using Grader.Reports;
using Grader.Running;
using Grader.Running.Sandboxing;
using Grader.Specs;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Cli.Commands;

/// <summary><c>grader grade</c>: grade submissions and write their reports.</summary>
[Description("Grade submissions: run them in the sandbox, compare with the reference, write reports")]
internal sealed partial class GradeCommand(CliContext context) : CancellableCommand<GradeCommand.Settings>
{
    /// <summary>Formats written for each submission under --out when none is asked for.</summary>
    private static readonly string[] DefaultOutFormats = ["json", "md", "gradescope"];

    protected override async Task<int> ExecuteAsync(Settings settings, CancellationToken ct)
    {
        var catalog = CatalogLoader.Load(context, settings);
        if (catalog.Errors.Count > 0)
        {
            // A broken spec blocks only a run that would grade it: with --problem, the problems asked
            // for are graded when each of them loaded.
            if (settings.Only.Length == 0 || settings.Only.Any(id => catalog.Find(id) is null))
            {
                await context.Error.WriteLineAsync(CliMessages.SpecsDoNotLoad(catalog.Errors.Count)).ConfigureAwait(false);
                return GraderApp.BadInput;
            }

            await context.Error.WriteLineAsync(CliMessages.OtherSpecsDoNotLoad(catalog.Errors.Count)).ConfigureAwait(false);
        }

        if (settings.Out is null && settings.Shard is not null)
        {
            throw CliMessages.ShardNeedsOut();
        }

        if (settings.Out is null && settings.Gradebook is not null)
        {
            throw CliMessages.GradebookNeedsOut(settings.Gradebook);
        }

        if (settings.Jobs is < 1)
        {
            throw CliMessages.BadJobs(settings.Jobs.Value);
        }

        var problems = SelectProblems(catalog, settings.Only);
        var paths = Locate(settings);
        var course = CourseLoader.Load(context, settings, settings.Course);
        var metadata = settings.GradescopeMetadata is { } file ? Gradescope.SubmissionMetadata.Read(context, context.Resolve(file)) : null;
        if (settings.Student is { } student && (course ?? throw CliMessages.StudentWithoutCourse(student)).Find(student) is null)
        {
            throw CourseError.UnknownStudent(course.File, student);
        }

        // Gradescope's submitters tell whose the submission is when the roster knows one of them.
        var owner = settings.Student ?? metadata?.OwnerIn(course)?.Id;
        if (owner is not null && paths.Count > 1)
        {
            throw CliMessages.StudentForOneSubmission(owner, paths.Count);
        }

        var plan = GradingPlan.Create(problems, RunLimits.Default, Overrides(settings), catalog.Problems, course, new SolvedReferenceCache(ReferenceCacheFolder));
        var sandbox = new SandboxOptions(!settings.NoSandbox, settings.Python is null ? null : context.Resolve(settings.Python))
        {
            Isolation = settings.Isolation == "auto" ? IsolationPolicy.Auto : IsolationPolicy.Bubblewrap,
        };
        if (settings.NoSandbox)
        {
            await context.Error.WriteLineAsync(CliMessages.NoSandbox).ConfigureAwait(false);
        }

        using var runner = new SubmissionRunner(sandbox, oneSubmission: paths.Count == 1);
        if (runner.Confined && paths.Count > 1)
        {
            throw CliMessages.ConfinedGradesOne(paths.Count, runner.Isolation);
        }

        var grader = new SubmissionGrader(plan, runner, new GradingOptions(sandbox, settings.PublicOnly, owner));
        if (settings.Out is not null)
        {
            return await GradeClassAsync(settings, plan, grader, paths, ct).ConfigureAwait(false);
        }

        if (sandbox.Isolation == IsolationPolicy.Auto)
        {
            await context.Error.WriteLineAsync(CliMessages.IsolationInForce(runner.Isolation)).ConfigureAwait(false);
        }

        var reports = new List<ScoreReport>();
        foreach (var path in paths)
        {
            var report = await grader.GradeAsync(path, ct).ConfigureAwait(false);
            report = report with
            {
                Submission = metadata?.Name ?? report.Submission,
                Isolation = sandbox.Isolation == IsolationPolicy.Auto ? runner.Isolation : null,
            };
            reports.Add(report);
            Write(settings, report, reports.Count == 1 && paths.Count == 1);
        }

        Finish(settings, reports);
        return 0;
    }

    /// <summary>The submissions to grade: with --single, the one path given as one submission; else each path, a class folder expanded.</summary>
    private IReadOnlyList<string> Locate(Settings settings)
    {
        var paths = settings.Submissions.Select(context.Resolve).ToList();
        if (!settings.Single)
        {
            return SubmissionLocator.Expand(paths);
        }

        if (paths.Count != 1)
        {
            throw CliMessages.SingleTakesOne(paths.Count);
        }

        return File.Exists(paths[0]) || Directory.Exists(paths[0]) ? paths : throw new FileNotFoundException($"no submission at {paths[0]}");
    }

    /// <summary>Beside the grader's build (<c>.grader/references</c> for <c>./grader</c>): solved references are this build's.</summary>
    internal static string ReferenceCacheFolder => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "references"));

    private static List<CompiledProblem> SelectProblems(ProblemCatalog catalog, IReadOnlyList<string> only)
    {
        if (only.Count == 0)
        {
            return [.. catalog.Problems];
        }

        return [.. only.Select(id => CatalogLoader.FindProblem(catalog, id))];
    }

    private static LimitsSpec? Overrides(Settings settings)
    {
        if (settings.Timeout is null && settings.Memory is null)
        {
            return null;
        }

        TimeSpan? wall = null;
        long? memory = null;
        if (settings.Timeout is { } timeout)
        {
            wall = SpecLoader.TryParseDuration(timeout, out var parsed) ? parsed : throw CliMessages.BadTimeout(timeout);
        }

        if (settings.Memory is { } text)
        {
            memory = SpecLoader.TryParseBytes(text, out var bytes) ? bytes : throw CliMessages.BadMemory(text);
        }

        return new LimitsSpec(wall, null, memory, null, null);
    }
}
