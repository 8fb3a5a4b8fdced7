using System.Globalization;

namespace Grader.Cli.Bench;

/// <summary>The page faults per submission of a class benchmark, by role: medians over the submissions sampled.</summary>
/// <param name="Sampled">Submissions whose sandbox was found at release (the others had no Python session left).</param>
/// <param name="ServerSampled">Of those, the ones whose server had a baseline (every submission but a server's first).</param>
/// <param name="SamplingPerSubmission">The grader's CPU time spent reading <c>/proc</c> per submission (it is in the grader's CPU and the submission times).</param>
internal sealed record FaultSummary(
    int Submissions, int Sampled, int ServerSampled, double Server, double Zygote, double Child, double Total, TimeSpan SamplingPerSubmission)
{
    public const string NotSampled = "page faults per submission: not sampled (--no-faults)";

    public static FaultSummary Of(IReadOnlyList<SubmissionFaults> samples, int submissions, TimeSpan sampling)
    {
        var withServer = samples.Where(s => s.Server is not null).ToList();
        return new FaultSummary(
            submissions,
            samples.Count,
            withServer.Count,
            Median(withServer.Select(s => (double)s.Server!.Value)),
            Median(samples.Select(s => (double)s.Zygote)),
            Median(samples.Select(s => (double)s.Child)),
            Median(withServer.Select(s => (double)s.Total!.Value)),
            samples.Count == 0 ? TimeSpan.Zero : sampling / Math.Max(1, submissions));
    }

    public IEnumerable<string> Lines()
    {
        if (Sampled == 0)
        {
            yield return "page faults per submission: not sampled (no sandboxed Python session was left at release)";
            yield break;
        }

        yield return Line($"page faults per submission: server {Count(Server, ServerSampled)}, zygote {Zygote:F0}, child {Child:F0}, total {Count(Total, ServerSampled)} (median over the class)");
        yield return Line($"page faults sampled: {Sampled} of {Submissions} submissions, {ServerSampled} with the server's (a server's first has no baseline); reading /proc took {SamplingPerSubmission.TotalMilliseconds:F2} ms of CPU per submission (in the grader's figures)");
    }

    private static string Count(double value, int samples) => samples == 0 ? "n/a" : Line($"{value:F0}");

    private static double Median(IEnumerable<double> values) => Percentile.Of(values, 0.5);

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
