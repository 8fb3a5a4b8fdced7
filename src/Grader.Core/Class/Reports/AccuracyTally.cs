using System.Globalization;

namespace Grader.Class.Reports;

/// <summary>
/// One training run of one problem across a class: the distribution of held-out accuracy (bins of 5
/// points from 50 %, everything below 50 % in one: chance on digits is 10 %), its median, and how many
/// reached full marks.
/// </summary>
public sealed class AccuracyTally(string problemId, string run)
{
    /// <summary>Bin 0 is below 50 %; bin i ≥ 1 is [45 + 5i, 50 + 5i) %, the last one including 100 %.</summary>
    public const int Bins = 11;

    private readonly List<double> _accuracies = [];
    private readonly int[] _histogram = new int[Bins];

    public string ProblemId { get; } = problemId;

    public string Run { get; } = run;

    /// <summary>Submissions that attempted the run, predictions or not.</summary>
    public int Submissions { get; private set; }

    public int Predicted => _accuracies.Count;

    public int FullMarks { get; private set; }

    public IReadOnlyList<int> Histogram => _histogram;

    public double? Median
    {
        get
        {
            if (_accuracies.Count == 0)
            {
                return null;
            }

            var sorted = _accuracies.Order().ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public static string BinLabel(int bin) => bin == 0
        ? "below 50%"
        : string.Create(CultureInfo.InvariantCulture, $"{45 + (5 * bin)}–{50 + (5 * bin)}%");

    internal void Add(RunAccuracy run)
    {
        Submissions++;
        FullMarks += run.FullMarks ? 1 : 0;
        if (run.Accuracy is not { } accuracy || !double.IsFinite(accuracy))
        {
            return;
        }

        _accuracies.Add(accuracy);
        var bin = accuracy < 0.5 ? 0 : Math.Min(Bins - 1, 1 + (int)Math.Floor(((accuracy - 0.5) * 20) + 1e-9));
        _histogram[bin]++;
    }
}
