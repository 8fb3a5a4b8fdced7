using System.Globalization;
using System.Text;

namespace Grader.Class.Reports;

public sealed partial class HtmlClassReport
{
    private const int Width = 640;

    /// <summary>Vertical bars, one per tenth of the score range, labelled with their counts.</summary>
    private static string Histogram(ClassSummary summary)
    {
        const int height = 220, top = 20, bottom = 40, left = 10;
        var plot = height - top - bottom;
        var slot = (Width - 2 * left) / ClassSummary.Bins;
        var highest = Math.Max(1, summary.Histogram.Max());
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"Score histogram\">\n"));
        svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{top + plot}\" x2=\"{Width - left}\" y2=\"{top + plot}\" stroke=\"#9aa3b2\"/>\n"));
        for (var bin = 0; bin < ClassSummary.Bins; bin++)
        {
            var count = summary.Histogram[bin];
            var bar = (int)Math.Round((double)count / highest * plot);
            var x = left + bin * slot;
            svg.Append(Invariant($"<rect x=\"{x + 4}\" y=\"{top + plot - bar}\" width=\"{slot - 8}\" height=\"{bar}\" fill=\"#3b6fd8\"><title>{ClassSummary.BinLabel(bin)}: {count}</title></rect>\n"));
            svg.Append(Invariant($"<text x=\"{x + slot / 2}\" y=\"{top + plot - bar - 5}\" text-anchor=\"middle\">{count}</text>\n"));
            svg.Append(Invariant($"<text x=\"{x + slot / 2}\" y=\"{top + plot + 16}\" text-anchor=\"middle\">{ClassSummary.BinLabel(bin)}</text>\n"));
        }

        svg.Append(Invariant($"<text x=\"{Width / 2}\" y=\"{height - 6}\" text-anchor=\"middle\">score (% of the maximum)</text>\n</svg>\n"));
        return svg.ToString();
    }

    /// <summary>Vertical bars of one training run's held-out accuracy: below 50 %, then 5 points each.</summary>
    private static string AccuracyHistogram(AccuracyTally tally)
    {
        const int height = 180, top = 20, bottom = 40, left = 10;
        var plot = height - top - bottom;
        var slot = (Width - 2 * left) / AccuracyTally.Bins;
        var highest = Math.Max(1, tally.Histogram.Max());
        var label = Html($"Held-out accuracy: {SummaryMarkdown.AccuracyTitle(tally)}");
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{label}\">\n"));
        svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{top + plot}\" x2=\"{Width - left}\" y2=\"{top + plot}\" stroke=\"#9aa3b2\"/>\n"));
        for (var bin = 0; bin < AccuracyTally.Bins; bin++)
        {
            var count = tally.Histogram[bin];
            var bar = (int)Math.Round((double)count / highest * plot);
            var x = left + (bin * slot);
            svg.Append(Invariant($"<rect x=\"{x + 3}\" y=\"{top + plot - bar}\" width=\"{slot - 6}\" height=\"{bar}\" fill=\"#8a5cd8\"><title>{AccuracyTally.BinLabel(bin)}: {count}</title></rect>\n"));
            svg.Append(Invariant($"<text x=\"{x + (slot / 2)}\" y=\"{top + plot - bar - 5}\" text-anchor=\"middle\">{count}</text>\n"));
            svg.Append(Invariant($"<text x=\"{x + (slot / 2)}\" y=\"{top + plot + 16}\" text-anchor=\"middle\">{(bin == 0 ? "&lt;50" : (45 + (5 * bin)).ToString(CultureInfo.InvariantCulture))}</text>\n"));
        }

        svg.Append(Invariant($"<text x=\"{Width / 2}\" y=\"{height - 6}\" text-anchor=\"middle\">held-out accuracy (%)</text>\n</svg>\n"));
        return svg.ToString();
    }

    /// <summary>Horizontal bars, one per problem, of the share of students who passed it.</summary>
    private static string PassRates(ClassSummary summary)
    {
        const int row = 26, label = 170, right = 120;
        var height = Math.Max(1, summary.Problems.Count) * row + 10;
        var plot = Width - label - right;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"Pass rate per problem\">\n"));
        for (var i = 0; i < summary.Problems.Count; i++)
        {
            var problem = summary.Problems[i];
            var y = 5 + i * row;
            var bar = (int)Math.Round(problem.PassRate * plot);
            var id = Html(problem.Id);
            svg.Append(Invariant($"<text x=\"{label - 8}\" y=\"{y + 16}\" text-anchor=\"end\">{id}</text>\n"));
            svg.Append(Invariant($"<rect x=\"{label}\" y=\"{y + 3}\" width=\"{plot}\" height=\"{row - 8}\" fill=\"#eef1f5\"/>\n"));
            svg.Append(Invariant($"<rect x=\"{label}\" y=\"{y + 3}\" width=\"{bar}\" height=\"{row - 8}\" fill=\"#2f9e6b\"><title>{id}: {problem.Passed} of {problem.Submissions} passed</title></rect>\n"));
            svg.Append(Invariant($"<text x=\"{label + plot + 8}\" y=\"{y + 16}\">{SummaryMarkdown.Percent(problem.PassRate)} ({problem.Passed}/{problem.Submissions})</text>\n"));
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }
}
