using System.Globalization;

namespace Grader.Cli.Bench;

/// <summary>What <c>grader bench --single</c> measured: cold single-submission latency next to the floor of the same run.</summary>
/// <param name="Builds">The running build first, then the compared one, if any.</param>
internal sealed record SingleReport(
    int Cores, double LoadBefore, double LoadAfter, string Submission, int Runs, IReadOnlyList<double> FloorMilliseconds, IReadOnlyList<SingleTimes> Builds)
{
    /// <summary>Issue 16's goal: a cold single submission in at most this many floors (p50).</summary>
    public const double GoalRatio = 3;

    public double Floor => Percentile.Of(FloorMilliseconds, 0.5);

    public double Ratio(SingleTimes build) => build.P50 / Floor;

    public bool GoalMet => Ratio(Builds[0]) <= GoalRatio;

    public IEnumerable<string> Lines()
    {
        var turns = Builds.Count == 1 ? "" : "; the builds take turns going first";
        yield return Line($"environment: {Cores} cores, load average {LoadBefore:F2} before, {LoadAfter:F2} after");
        yield return Line($"single submission: {Submission}; {Runs} fresh grade processes of each build, in rounds that each start with the floor{turns} ({SingleBenchmark.WarmUp} warm-up round, not counted)");
        foreach (var build in Builds)
        {
            yield return Line($"{build.Label}: p50 {build.P50:F0} ms, p95 {build.P95:F0} ms, min {build.Min:F0} ms (wall time of {build.Command} grade, start to exit)");
        }

        yield return Line($"floor: {Floor:F0} ms (median of {FloorMilliseconds.Count} python3 -c \"import numpy\", one per round)");
        yield return Line($"p50 / floor: {string.Join(", ", Builds.Select(b => Line($"{b.Label} {Ratio(b):F2}")))}");
        if (Builds.Count > 1)
        {
            var (a, b) = (Builds[0], Builds[1]);
            yield return Line($"{a.Label} / {b.Label}: p50 {a.P50 / b.P50:F2}, min {a.Min / b.Min:F2}");
        }

        yield return Line($"goal: p50 <= {GoalRatio:F0}x floor: {(GoalMet ? "met" : "not met")} ({Builds[0].Label} {Ratio(Builds[0]):F2}x)");
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
