using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Grader.Cli.Bench;
using Grader.Cli.Parsing;
using Grader.Grading;
using Grader.Running;
using Grader.Submissions;
using Grader.Values;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader bench</c>: grades a generated class of full-catalogue Python submissions in the
/// sandbox and prints throughput, per-submission times, the grader's memory and the python/numpy
/// start-up floor measured in the same run.
/// </summary>
[Description("Benchmark: grade a generated class and print submissions per second, times, memory and the numpy floor")]
internal sealed class BenchCommand(CliContext context) : CancellableCommand<BenchCommand.Settings>
{
    internal sealed class Settings : ProblemsSettings
    {
        [CommandOption("-n|--students <N>")]
        [Description("Submissions in the generated class")]
        [DefaultValue(200)]
        public int Students { get; init; } = 200;

        [CommandOption("-j|--jobs <N>")]
        [Description("Submissions graded at once (default: one per core)")]
        public int? Jobs { get; init; }

        [CommandOption("--keep <DIR>")]
        [Description("Write the generated class to DIR and keep it (default: a temporary folder, removed)")]
        public string? Keep { get; init; }

        [CommandOption("--examples <DIR>")]
        [Description("The example submissions the class is made from (default: submissions/examples)")]
        public string? Examples { get; init; }
    }

    protected override async Task<int> ExecuteAsync(Settings settings, CancellationToken ct)
    {
        if (settings.Students < 1)
        {
            throw CliMessages.BadStudents(settings.Students);
        }

        if (settings.Jobs is < 1)
        {
            throw CliMessages.BadJobs(settings.Jobs.Value);
        }

        var catalog = CatalogLoader.Load(context, settings);
        if (catalog.Errors.Count > 0)
        {
            return GraderApp.BadInput;
        }

        var folder = settings.Keep is null ? Directory.CreateTempSubdirectory("grader-bench-").FullName : context.Resolve(settings.Keep);
        try
        {
            var synthetic = SyntheticClass.Write(ExamplesDirectory(settings.Examples), folder, settings.Students);
            var clock = Stopwatch.StartNew();
            // The synthetic class is code: problems with no code form (derivations) are not its to answer.
            var plan = GradingPlan.Create(catalog.Problems.Where(p => p.Spec.HasCode), RunLimits.Default);
            var planTime = clock.Elapsed;
            var sandbox = new SandboxOptions();
            using var runner = new SubmissionRunner(sandbox);
            var faults = SandboxFaults.Attach(runner);
            var grader = new SubmissionGrader(plan, runner, new GradingOptions(sandbox));
            var jobs = settings.Jobs ?? Environment.ProcessorCount;
            var report = await ClassBenchmark.RunAsync(grader, faults, synthetic, jobs, PythonLocator.Find(null), planTime, ct).ConfigureAwait(false);
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
