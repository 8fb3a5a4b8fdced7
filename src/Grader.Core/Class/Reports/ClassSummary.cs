using Grader.Submissions;

namespace Grader.Class.Reports;

/// <summary>
/// What a class got, accumulated one <see cref="CompletionRecord"/> at a time so that no report
/// needs to stay in memory: the score distribution, each problem's pass rate and most common
/// diagnoses, and the submissions that timed out or hit limits.
/// </summary>
public sealed class ClassSummary
{
    /// <summary>The histogram's bins: 0–10 %, 10–20 %, … 90–100 % (full marks fall in the last).</summary>
    public const int Bins = 10;

    private readonly List<double> _fractions = [];
    private readonly int[] _histogram = new int[Bins];
    private readonly List<LimitHit> _limits = [];
    private readonly List<RenamedFolder> _renamed = [];

    public ClassSummary(IReadOnlyList<string> problemIds) => Problems = [.. problemIds.Select(id => new ProblemTally(id))];

    public IReadOnlyList<ProblemTally> Problems { get; }

    public int Submissions => _fractions.Count;

    public double MaxScore { get; private set; }

    public double TotalScore { get; private set; }

    public int FullMarks { get; private set; }

    public int WithFileErrors { get; private set; }

    public IReadOnlyList<int> Histogram => _histogram;

    public IReadOnlyList<LimitHit> Limits => _limits;

    /// <summary>Variants across the class (owners, copies, shared wrong answers); empty without a course.</summary>
    public CourseTally Course { get; } = new();

    /// <summary>Submissions whose output folder is not their name (characters a folder cannot hold, or two names alike).</summary>
    public IReadOnlyList<RenamedFolder> Renamed => _renamed;

    public double MeanFraction => Submissions == 0 ? 0 : _fractions.Average();

    public double MedianFraction
    {
        get
        {
            if (Submissions == 0)
            {
                return 0;
            }

            var sorted = _fractions.Order().ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    /// <param name="folder">The submission's output folder, when the summary should say where a renamed one went.</param>
    public void Add(CompletionRecord record, string? folder = null)
    {
        if (folder is not null && folder != record.Submission)
        {
            _renamed.Add(new RenamedFolder(record.Submission, folder));
        }

        var fraction = record.MaxScore > 0 ? Math.Clamp(record.Score / record.MaxScore, 0, 1) : 0;
        _fractions.Add(fraction);
        _histogram[Math.Min(Bins - 1, (int)Math.Floor(fraction * Bins + 1e-9))]++;
        MaxScore = Math.Max(MaxScore, record.MaxScore);
        TotalScore += record.Score;
        FullMarks += record.MaxScore > 0 && record.Score >= record.MaxScore - 1e-9 ? 1 : 0;
        WithFileErrors += record.FileErrors > 0 ? 1 : 0;
        Course.Add(record);
        foreach (var tally in Problems)
        {
            var outcome = record.Problems.FirstOrDefault(p => p.Id == tally.Id);
            tally.Add(outcome);
            if (outcome is { HitLimit: true })
            {
                _limits.Add(new LimitHit(record.Submission, outcome.Id, outcome.Status));
            }
        }
    }

    /// <summary>The label of histogram bin <paramref name="bin"/>, e.g. "90–100%".</summary>
    public static string BinLabel(int bin) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bin * 100 / Bins}–{(bin + 1) * 100 / Bins}%");
}
