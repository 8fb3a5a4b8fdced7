using System.ComponentModel;
using Grader.Class;
using Grader.Courses;
using Grader.Cli.Parsing;
using Grader.Grading;
using Grader.Reference;
using Grader.Reports;
using Grader.Running;
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
            await context.Error.WriteLineAsync(CliMessages.SpecsDoNotLoad(catalog.Errors.Count)).ConfigureAwait(false);
            return GraderApp.BadInput;
        }

        if (settings.Out is null && settings.Shard is not null)
        {
            throw CliMessages.ShardNeedsOut();
        }

        if (settings.Jobs is < 1)
        {
            throw CliMessages.BadJobs(settings.Jobs.Value);
        }

        var problems = SelectProblems(catalog, settings.Only);
        var paths = SubmissionLocator.Expand(settings.Submissions.Select(context.Resolve));
        var course = CourseLoader.Load(context, settings, settings.Course);
        if (settings.Student is { } student && (course ?? throw CliMessages.StudentWithoutCourse(student)).Find(student) is null)
        {
            throw CourseError.UnknownStudent(course.File, student);
        }

        if (settings.Student is not null && paths.Count > 1)
        {
            throw CliMessages.StudentForOneSubmission(settings.Student, paths.Count);
        }

        var plan = GradingPlan.Create(problems, RunLimits.Default, Overrides(settings), catalog.Problems, course, new SolvedReferenceCache(ReferenceCacheFolder));
        var sandbox = new SandboxOptions(!settings.NoSandbox, settings.Python is null ? null : context.Resolve(settings.Python));
        if (settings.NoSandbox)
        {
            await context.Error.WriteLineAsync(CliMessages.NoSandbox).ConfigureAwait(false);
        }

        using var runner = new SubmissionRunner(sandbox);
        var grader = new SubmissionGrader(plan, runner, new GradingOptions(sandbox, settings.PublicOnly, settings.Student));
        if (settings.Out is not null)
        {
            return await GradeClassAsync(settings, plan, grader, paths, ct).ConfigureAwait(false);
        }

        var reports = new List<ScoreReport>();
        foreach (var path in paths)
        {
            var report = await grader.GradeAsync(path, ct).ConfigureAwait(false);
            reports.Add(report);
            Write(settings, report, reports.Count == 1 && paths.Count == 1);
        }

        Finish(settings, reports);
        return 0;
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
