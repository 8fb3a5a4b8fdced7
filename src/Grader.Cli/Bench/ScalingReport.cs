using System.Globalization;

namespace Grader.Cli.Bench;

/// <summary>
/// What <c>grader bench --scaling</c> measured: the same class graded with <c>--jobs</c> 1, 2, … in
/// turn, so a machine whose forks and page faults do not run in parallel shows it, and the best
/// <c>--jobs</c> for this machine is a measurement rather than its core count.
/// </summary>
/// <param name="Runs">One class benchmark per --jobs value, in increasing order.</param>
internal sealed record ScalingReport(IReadOnlyList<BenchReport> Runs)
{
    /// <summary>A smaller --jobs whose throughput is within this fraction of the best is worth naming: fewer jobs, shorter latency.</summary>
    public const double Near = 0.05;

    public BenchReport Best => Runs.MaxBy(r => r.PerSecond)!;

    /// <summary>The smallest --jobs within <see cref="Near"/> of the best's throughput (the best itself if none is smaller).</summary>
    public BenchReport SmallestNearBest => Runs.Where(r => r.PerSecond >= Best.PerSecond * (1 - Near)).MinBy(r => r.Jobs)!;

    public IEnumerable<string> Lines()
    {
        var (first, last) = (Runs[0], Runs[^1]);
        yield return Line($"environment: {first.Cores} cores, load average {first.LoadBefore:F2} before, {last.LoadAfter:F2} after; {first.Students} students, --jobs {first.Jobs} to {last.Jobs}");
        yield return Line($"scaling: the same class once per --jobs value, each with fresh sandboxes and {ClassBenchmark.WarmUp} warm-up submissions, after {ClassScaling.WarmUp} for the JIT (none counted); CPU and page faults per submission (median faults)");
        yield return Line($"{"jobs",4} {"submissions/s",13} {"p50 ms",7} {"p95 ms",7} {"sandbox CPU ms",14} {"grader CPU ms",13} {"page faults",11} {"floor ms",8}");
        foreach (var run in Runs)
        {
            var faults = run.Faults is { ServerSampled: > 0 } sampled ? Line($"{sampled.Total:F0}") : "n/a";
            yield return Line(
                $"{run.Jobs,4} {run.PerSecond,13:F1} {run.P50,7:F0} {run.P95,7:F0} {run.SandboxCpuPerSubmission.TotalMilliseconds,14:F0} {run.GraderCpuPerSubmission.TotalMilliseconds,13:F0} {faults,11} {run.Floor.TotalMilliseconds,8:F0}");
        }

        var best = Best;
        var near = SmallestNearBest;
        var nearNote = near.Jobs < best.Jobs ? Line($"; --jobs {near.Jobs} is within {Near * 100:F0}% of it ({near.PerSecond:F1}/s)") : "";
        var gain = best.Jobs == first.Jobs ? "" : Line($", {best.PerSecond / first.PerSecond:F2}x --jobs {first.Jobs}");
        yield return Line($"best --jobs here: {best.Jobs} ({best.PerSecond:F1} submissions/s{gain}){nearNote}");
        var correct = SyntheticClass.CorrectCount(first.Students);
        var mistaken = first.Students - correct;
        var wrong = Runs.Where(r => r.CorrectFullMarks != correct || r.MistakesFound != mistaken).ToList();
        yield return wrong.Count == 0
            ? Line($"check: every run gave {correct} of {correct} correct submissions full marks and found {mistaken} of {mistaken} mistaken ones")
            : Line($"check: {string.Join("; ", wrong.Select(r => Line($"--jobs {r.Jobs}: {r.CorrectFullMarks} of {correct} correct submissions got full marks, {r.MistakesFound} of {mistaken} mistaken ones lost points")))}");
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
