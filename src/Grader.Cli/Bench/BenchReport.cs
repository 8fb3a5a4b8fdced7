using System.Globalization;

namespace Grader.Cli.Bench;

/// <summary>
/// What <c>grader bench</c> measured. Two per-submission costs are compared with the floor:
/// the median wall time of one submission (its latency while <see cref="Jobs"/> run at once), and
/// the throughput cost, elapsed × jobs / students: the machine time one submission takes when
/// every job slot is kept busy.
/// </summary>
/// <param name="GraderCpuPerSubmission">CPU time of the grader process itself (not the sandboxes) per submission.</param>
/// <param name="SandboxCpuPerSubmission">CPU time of the sandboxes (all the grader's descendants) per submission.</param>
/// <param name="Faults">Page faults per submission in the sandboxes, by process role; null if not sampled (<c>--no-faults</c>).</param>
internal sealed record BenchReport(
    int Cores,
    double LoadBefore,
    double LoadAfter,
    int Students,
    int Jobs,
    TimeSpan PlanTime,
    TimeSpan Elapsed,
    IReadOnlyList<double> SubmissionMilliseconds,
    TimeSpan Floor,
    TimeSpan GraderCpuPerSubmission,
    TimeSpan SandboxCpuPerSubmission,
    IReadOnlyList<MemorySample> Memory,
    int CorrectFullMarks,
    int MistakesFound,
    FaultSummary? Faults)
{
    public double PerSecond => Students / Elapsed.TotalSeconds;

    public double P50 => Percentile.Of(SubmissionMilliseconds, 0.5);

    public double P95 => Percentile.Of(SubmissionMilliseconds, 0.95);

    public double ThroughputCost => Elapsed.TotalMilliseconds * Jobs / Students;

    public long PeakBytes => Memory.Max(m => m.PeakResidentBytes);

    /// <summary>Growth of the live managed heap from a quarter of the class to the whole class, per 1,000 submissions.</summary>
    public double ManagedGrowthPerThousand
    {
        get
        {
            var (first, last) = (Memory[^2], Memory[^1]);
            var graded = last.Graded - first.Graded;
            return graded <= 0 ? 0 : (last.ManagedBytes - first.ManagedBytes) * 1000.0 / graded;
        }
    }

    public IEnumerable<string> Lines()
    {
        var floor = Floor.TotalMilliseconds;
        yield return Line($"environment: {Cores} cores, load average {LoadBefore:F2} before, {LoadAfter:F2} after; {Students} students, {Jobs} jobs");
        yield return Line($"catalogue references: {PlanTime.TotalSeconds:F2} s (once per run, not counted); warm-up: {ClassBenchmark.WarmUp} submissions (not counted)");
        yield return Line($"throughput: {PerSecond:F1} submissions/s ({Elapsed.TotalSeconds:F2} s for {Students})");
        yield return Line($"per submission: p50 {P50:F0} ms, p95 {P95:F0} ms (wall time, {Jobs} at once)");
        yield return Line($"floor: {floor:F0} ms (median of python3 -c \"import numpy\", this run)");
        yield return Line($"cost / floor: p50 {P50 / floor:F2}; throughput cost (elapsed x jobs / students = {ThroughputCost:F0} ms) {ThroughputCost / floor:F2}");
        yield return Line($"CPU per submission: grader {GraderCpuPerSubmission.TotalMilliseconds:F0} ms (encoding, checking, diagnosing), sandboxes {SandboxCpuPerSubmission.TotalMilliseconds:F0} ms (python, numpy, student code)");
        foreach (var line in Faults?.Lines() ?? [FaultSummary.NotSampled])
        {
            yield return line;
        }

        yield return Line($"memory: peak {Mib(PeakBytes)} (VmHWM); resident {string.Join(", ", Memory.Select(m => $"{Mib(m.ResidentBytes)} after {m.Graded}"))}");
        yield return Line($"managed heap: {string.Join(", ", Memory.Select(m => $"{Mib(m.ManagedBytes)} after {m.Graded}"))}; growth {ManagedGrowthPerThousand / (1 << 20):F2} MiB per 1000 submissions");
        yield return Line($"check: {CorrectFullMarks} of {SyntheticClass.CorrectCount(Students)} correct submissions got full marks, {MistakesFound} of {Students - SyntheticClass.CorrectCount(Students)} mistaken ones lost points");
    }

    private static string Mib(long bytes) => Line($"{bytes / (double)(1 << 20):F1} MiB");

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
