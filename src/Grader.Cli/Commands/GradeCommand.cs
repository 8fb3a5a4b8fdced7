using System.CommandLine;
using Grader.Class;
using Grader.Grading;
using Grader.Reference;
using Grader.Reports;
using Grader.Running;
using Grader.Specs;
using Grader.Submissions;
using Grader.Values;
using Spectre.Console;

namespace Grader.Cli.Commands;

/// <summary><c>grader grade</c>: grade submissions and write their reports.</summary>
internal sealed partial class GradeCommand(CliContext context)
{
    internal sealed record Settings(
        IReadOnlyList<string> Submissions,
        string? Problems,
        string? Out,
        IReadOnlyList<string> Formats,
        bool PublicOnly,
        bool NoSandbox,
        string? Python,
        string? Timeout,
        string? Memory,
        IReadOnlyList<string> Only,
        int? Jobs = null,
        string? Shard = null,
        bool Force = false);

    /// <summary>Formats written for each submission under --out when none is asked for.</summary>
    private static readonly string[] DefaultOutFormats = ["json", "md", "gradescope"];

    public static Command Build(CliContext context)
    {
        var submissions = new Argument<string[]>("submission") { Description = "Submission folders, zips or files; a folder of submissions grades each one", Arity = ArgumentArity.OneOrMore };
        var problems = CommonOptions.Problems();
        var output = new Option<string?>("--out", "-o") { Description = "Write each submission's reports to DIR/students/<submission>/ and the gradebook to DIR/gradebook.csv" };
        var formats = new Option<string[]>("--format", "-f") { Description = "table, json, md, gradescope, junit or csv (repeatable)", AllowMultipleArgumentsPerToken = true };
        formats.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        var publicOnly = new Option<bool>("--public-only") { Description = "Run the public cases only (a self-check before submitting)" };
        var noSandbox = new Option<bool>("--no-sandbox") { Description = "Run student code without bubblewrap (UNSAFE: only for code you trust)" };
        var python = new Option<string?>("--python") { Description = "The Python 3 with numpy that runs Python submissions (default /usr/bin/python3)" };
        var timeout = new Option<string?>("--timeout") { Description = "Wall time per call, e.g. 10s (overrides the specs)" };
        var memory = new Option<string?>("--memory") { Description = "Memory limit per worker, e.g. 1GiB (overrides the specs)" };
        var only = new Option<string[]>("--problem") { Description = "Grade only these problem ids (repeatable)", AllowMultipleArgumentsPerToken = true };
        var jobs = new Option<int?>("--jobs", "-j") { Description = "Submissions graded at once with --out (default: one per core)" };
        var shard = new Option<string?>("--shard") { Description = "Grade only slice K of N of the class (e.g. 2/4), into --out; combine with ./grader merge" };
        var force = new Option<bool>("--force") { Description = "With --out: regrade every submission, even those already graded and unchanged" };
        var command = new Command("grade", "Grade submissions: run them in the sandbox, compare with the reference, write reports")
        {
            submissions, problems, output, formats, publicOnly, noSandbox, python, timeout, memory, only, jobs, shard, force,
        };
        command.SetAction((result, ct) => new GradeCommand(context).ExecuteAsync(
            new Settings(
                result.GetValue(submissions) ?? [],
                result.GetValue(problems),
                result.GetValue(output),
                result.GetValue(formats) ?? [],
                result.GetValue(publicOnly),
                result.GetValue(noSandbox),
                result.GetValue(python),
                result.GetValue(timeout),
                result.GetValue(memory),
                result.GetValue(only) ?? [],
                result.GetValue(jobs),
                result.GetValue(shard),
                result.GetValue(force)),
            ct));
        return command;
    }

    public async Task<int> ExecuteAsync(Settings settings, CancellationToken ct)
    {
        var catalog = CommonOptions.LoadCatalog(context, settings.Problems);
        if (catalog.Errors.Count > 0)
        {
            await context.Error.WriteLineAsync($"grader: {catalog.Errors.Count} spec(s) do not load; fix them (see above) before grading").ConfigureAwait(false);
            return GraderApp.BadInput;
        }

        if (settings.Out is null && settings.Shard is not null)
        {
            throw BatchErrors.ShardNeedsOut();
        }

        if (settings.Jobs is < 1)
        {
            throw BatchErrors.BadJobs(settings.Jobs.Value);
        }

        var problems = SelectProblems(catalog, settings.Only);
        var paths = SubmissionLocator.Expand(settings.Submissions.Select(context.Resolve));
        var plan = GradingPlan.Create(problems, RunLimits.Default, Overrides(settings), catalog.Problems);
        var sandbox = new SandboxOptions(!settings.NoSandbox, settings.Python is null ? null : context.Resolve(settings.Python));
        if (settings.NoSandbox)
        {
            await context.Error.WriteLineAsync("grader: --no-sandbox: student code runs with your permissions and can read and change your files").ConfigureAwait(false);
        }

        using var runner = new SubmissionRunner(sandbox);
        var grader = new SubmissionGrader(plan, runner, new GradingOptions(sandbox, settings.PublicOnly));
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

    private static List<Grader.Reference.CompiledProblem> SelectProblems(ProblemCatalog catalog, IReadOnlyList<string> only)
    {
        if (only.Count == 0)
        {
            return [.. catalog.Problems];
        }

        return [.. only.Select(id => CommonOptions.FindProblem(catalog, id))];
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
            wall = SpecLoader.TryParseDuration(timeout, out var parsed) ? parsed : throw new UsageException($"--timeout {timeout}: write a duration such as 10s or 500ms");
        }

        if (settings.Memory is { } text)
        {
            memory = SpecLoader.TryParseBytes(text, out var bytes) ? bytes : throw new UsageException($"--memory {text}: write a size such as 1GiB or 512MiB");
        }

        return new LimitsSpec(wall, null, memory, null, null);
    }
}
