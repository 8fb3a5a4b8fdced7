using System.Diagnostics;
using Grader.Grading;
using Grader.Running;

namespace Grader.Cli.Bench;

/// <summary>
/// Grades a <see cref="SyntheticClass"/> with <c>jobs</c> submissions at once, as a batch run does,
/// and measures it: the time of each submission, the throughput, the grader's memory at a quarter
/// and at the end of the run (to show it does not grow with the class), and the floor measured in
/// the same run. Reports are dropped as soon as they are scored: only one number per student is kept.
/// </summary>
internal static class ClassBenchmark
{
    /// <summary>Submissions graded before the clock starts (JIT, first sandbox), not counted.</summary>
    public const int WarmUp = 2;

    private const int FloorStarts = 7;

    /// <summary>A benchmark with sandboxes of its own: a new runner, whose servers start afresh.</summary>
    /// <param name="sampleFaults">Sample the sandboxes' page faults as each submission is released (<see cref="SandboxFaults"/>).</param>
    public static async Task<BenchReport> RunAsync(GradingPlan plan, SyntheticClass synthetic, int jobs, bool sampleFaults, TimeSpan planTime, CancellationToken ct)
    {
        var sandbox = new SandboxOptions();
        using var runner = new SubmissionRunner(sandbox);
        var faults = sampleFaults ? SandboxFaults.Attach(runner) : null;
        var grader = new SubmissionGrader(plan, runner, new GradingOptions(sandbox));
        return await RunAsync(grader, faults, synthetic, jobs, PythonLocator.Find(null), planTime, ct).ConfigureAwait(false);
    }

    public static async Task<BenchReport> RunAsync(
        SubmissionGrader grader, SandboxFaults? faults, SyntheticClass synthetic, int jobs, string python, TimeSpan planTime, CancellationToken ct)
    {
        var load = LoadAverage.Read();
        var floor = PythonFloor.Measure(python, FloorStarts);
        foreach (var path in synthetic.Submissions.Take(WarmUp))
        {
            await grader.GradeAsync(path, ct).ConfigureAwait(false);
        }

        faults?.Clear();

        var paths = synthetic.Submissions;
        var times = new double[paths.Count];
        var scores = new double[paths.Count];
        var full = new bool[paths.Count];
        var graded = 0;
        var quarter = Math.Max(1, paths.Count / 4);
        var samples = new List<MemorySample> { MemorySample.Take(0) };
        var options = new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = ct };
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sandboxCpu = DescendantCpu.Read();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, paths.Count), options, async (i, token) =>
        {
            var watch = Stopwatch.StartNew();
            var report = await grader.GradeAsync(paths[i], token).ConfigureAwait(false);
            times[i] = watch.Elapsed.TotalMilliseconds;
            scores[i] = report.Score;
            full[i] = report.Score >= report.MaxScore;
            if (Interlocked.Increment(ref graded) == quarter)
            {
                lock (samples)
                {
                    samples.Add(MemorySample.Take(quarter));
                }
            }
        }).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        var graderCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu) / paths.Count;
        sandboxCpu = (DescendantCpu.Read() - sandboxCpu) / paths.Count;
        samples.Add(MemorySample.Take(paths.Count));
        var correct = Enumerable.Range(0, paths.Count).Count(i => i % 3 == 0 && full[i]);
        var mistaken = Enumerable.Range(0, paths.Count).Count(i => i % 3 != 0 && !full[i]);
        return new BenchReport(
            Environment.ProcessorCount, load, LoadAverage.Read(), paths.Count, jobs, planTime, elapsed, times, floor, graderCpu, sandboxCpu,
            [.. samples.OrderBy(s => s.Graded)], correct, mistaken, faults?.Summarize(paths.Count));
    }
}
