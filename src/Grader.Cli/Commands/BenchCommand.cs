using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Grader.Cli.Bench;
using Grader.Cli.Parsing;
using Grader.Grading;
using Grader.Running;
using Grader.Values;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader bench</c>: grades a generated class of full-catalogue Python submissions in the
/// sandbox and prints throughput, per-submission times, CPU and page faults, the grader's memory
/// and the python/numpy start-up floor measured in the same run; with <c>--scaling</c>, the class at
/// every <c>--jobs</c> value; with <c>--single</c>, one submission graded by fresh grader processes.
/// </summary>
[Description("Benchmark: grade a generated class and print submissions per second, times, memory and the numpy floor")]
internal sealed partial class BenchCommand(CliContext context) : CancellableCommand<BenchCommand.Settings>
{
    protected override async Task<int> ExecuteAsync(Settings settings, CancellationToken ct)
    {
        var mode = settings.Choose();
        if (mode == Mode.Single)
        {
            return await ExecuteSingleAsync(settings, ct).ConfigureAwait(false);
        }

        var catalog = CatalogLoader.Load(context, settings);
        if (catalog.Errors.Count > 0)
        {
            return GraderApp.BadInput;
        }

        if (mode == Mode.Torch)
        {
            var torchPlan = GradingPlan.Create(catalog.Problems.Where(p => TorchBenchmark.Problems.Contains(p.Spec.Id)), RunLimits.Default);
            foreach (var line in await TorchBenchmark.RunAsync(torchPlan, ExamplesDirectory(settings.Examples), settings.Runs ?? 20, ct).ConfigureAwait(false))
            {
                await context.Out.WriteLineAsync(line).ConfigureAwait(false);
            }

            return 0;
        }

        var folder = settings.Keep is null ? Directory.CreateTempSubdirectory("grader-bench-").FullName : context.Resolve(settings.Keep);
        try
        {
            var synthetic = SyntheticClass.Write(ExamplesDirectory(settings.Examples), folder, settings.Students ?? Settings.DefaultStudents);
            var clock = Stopwatch.StartNew();
            // The synthetic class is code: problems with no code form (derivations) are not its to answer.
            // The training problems are left out: their training, not the grader, would be measured.
            var plan = GradingPlan.Create(catalog.Problems.Where(p => p.Spec.HasCode && p.Spec.Experiment is null), RunLimits.Default);
            var planTime = clock.Elapsed;
            var jobs = settings.Jobs ?? Environment.ProcessorCount;
            var lines = mode == Mode.Scaling
                ? (await ClassScaling.RunAsync(plan, synthetic, jobs, !settings.NoFaults, planTime, ct).ConfigureAwait(false)).Lines()
                : (await ClassBenchmark.RunAsync(plan, synthetic, jobs, !settings.NoFaults, planTime, ct).ConfigureAwait(false)).Lines();
            foreach (var line in lines)
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
