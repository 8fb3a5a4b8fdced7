using Grader.Checking;
using Grader.Experiments;

namespace Grader.Reports;

/// <summary>
/// A training run's printed learning curve as one line of text for the terminal: a sparkline of at most
/// <see cref="Width"/> block characters (lowest loss ▁, highest █, NaN or infinite ×) and its first, last
/// and lowest values. Made of numbers only, so nothing the student printed reaches the terminal as text.
/// </summary>
internal static class CurveText
{
    public const int Width = 40;

    private const string Blocks = "▁▂▃▄▅▆▇█";

    public static IEnumerable<string> Lines(ExperimentFeedback experiment) =>
        experiment.Runs.Where(r => r.Curve.Count >= 2).Select(r => Line(r.Run, r.Curve));

    public static string Line(string run, IReadOnlyList<double> curve)
    {
        var finite = curve.Where(double.IsFinite).ToList();
        var range = finite.Count == 0 ? string.Empty : " " + ExperimentMessages.CurveRange(curve[0], curve[^1], finite.Min());
        return $"{ExperimentMessages.CurveHeading(run, curve.Count)}: {Sparkline(curve)}{range}";
    }

    public static string Sparkline(IReadOnlyList<double> curve)
    {
        var points = curve.Count <= Width ? curve : [.. Enumerable.Range(0, Width).Select(i => curve[(int)((long)i * (curve.Count - 1) / (Width - 1))])];
        var finite = points.Where(double.IsFinite).ToList();
        var (low, high) = finite.Count == 0 ? (0.0, 0.0) : (finite.Min(), finite.Max());
        return string.Concat(points.Select(v =>
            !double.IsFinite(v) ? '×'
            : high <= low ? Blocks[0]
            : Blocks[(int)Math.Round((v - low) / (high - low) * (Blocks.Length - 1))]));
    }
}
