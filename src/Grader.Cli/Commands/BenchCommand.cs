using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Grader.Cli.Bench;
using Grader.Grading;
using Grader.Running;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader bench</c>: grades a generated class of full-catalogue Python submissions in the
/// sandbox and prints throughput, per-submission times, the grader's memory and the python/numpy
/// start-up floor measured in the same run.
/// </summary>
internal sealed class BenchCommand(CliContext context)
{
    internal sealed record Settings(int Students, int? Jobs, string? Keep, string? Problems, string? Examples);

    public static Command Build(CliContext context)
    {
        var students = new Option<int>("--students", "-n") { Description = "Submissions in the generated class", DefaultValueFactory = _ => 200 };
        var jobs = new Option<int?>("--jobs", "-j") { Description = "Submissions graded at once (default: one per core)" };
        var keep = new Option<string?>("--keep") { Description = "Write the generated class to DIR and keep it (default: a temporary folder, removed)" };
        var problems = CommonOptions.Problems();
        var examples = new Option<string?>("--examples") { Description = "The example submissions the class is made from (default: submissions/examples)" };
        var command = new Command("bench", "Benchmark: grade a generated class and print submissions per second, times, memory and the numpy floor")
        {
            students, jobs, keep, problems, examples,
        };
        command.SetAction((result, ct) => new BenchCommand(context).ExecuteAsync(
            new Settings(result.GetValue(students), result.GetValue(jobs), result.GetValue(keep), result.GetValue(problems), result.GetValue(examples)),
            ct));
        return command;
    }

    public async Task<int> ExecuteAsync(Settings settings, CancellationToken ct)
    {
        if (settings.Students < 1)
        {
            throw new UsageException($"--students {settings.Students}: give at least 1");
        }

        if (settings.Jobs is < 1)
        {
            throw BatchErrors.BadJobs(settings.Jobs.Value);
        }

        var catalog = CommonOptions.LoadCatalog(context, settings.Problems);
        if (catalog.Errors.Count > 0)
        {
            return GraderApp.BadInput;
        }

        var folder = settings.Keep is null ? Directory.CreateTempSubdirectory("grader-bench-").FullName : context.Resolve(settings.Keep);
        try
        {
            var synthetic = SyntheticClass.Write(ExamplesDirectory(settings.Examples), folder, settings.Students);
            var clock = Stopwatch.StartNew();
            var plan = GradingPlan.Create(catalog.Problems, RunLimits.Default);
            var planTime = clock.Elapsed;
            var sandbox = new SandboxOptions();
            using var runner = new SubmissionRunner(sandbox);
            var grader = new SubmissionGrader(plan, runner, new GradingOptions(sandbox));
            var jobs = settings.Jobs ?? Environment.ProcessorCount;
            var report = await ClassBenchmark.RunAsync(grader, synthetic, jobs, PythonLocator.Find(null), planTime, ct).ConfigureAwait(false);
            foreach (var line in report.Lines())
            {
                await context.Out.WriteLineAsync(line).ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync(HeapLimitLine()).ConfigureAwait(false);

            if (settings.Keep is not null)
            {
                await context.Out.WriteLineAsync($"class kept in {settings.Keep}").ConfigureAwait(false);
            }

            return 0;
        }
        finally
        {
            if (settings.Keep is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The grader's managed-heap limit as the runtime applies it (Grader.Cli.csproj sets it; DOTNET_GCHeapHardLimit overrides).</summary>
    internal static string HeapLimitLine() =>
        GC.GetConfigurationVariables().TryGetValue("GCHeapHardLimit", out var value) && Convert.ToUInt64(value, CultureInfo.InvariantCulture) is > 0 and var limit
            ? string.Create(CultureInfo.InvariantCulture, $"heap limit: {limit / (1024 * 1024)} MiB (the grader's own memory; DOTNET_GCHeapHardLimit=0x... overrides)")
            : "heap limit: none";

    private string ExamplesDirectory(string? option)
    {
        if (option is not null)
        {
            return context.Resolve(option);
        }

        var local = context.Resolve(Path.Combine("submissions", "examples"));
        return Directory.Exists(local) || context.Home is null ? local : Path.Combine(context.Home, "submissions", "examples");
    }
}
