using System.Globalization;

namespace Grader.Reports;

/// <summary>
/// A gradebook as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
/// comma, quote or line break): <c>submission,&lt;problem ids…&gt;,total</c>, one row per submission.
/// </summary>
/// <param name="problemIds">The problem columns in order; by default every problem met, in order of first appearance.</param>
public sealed class CsvGradebook(IReadOnlyList<string>? problemIds = null) : IReportFormat
{
    public string Name => "csv";

    public string FileName => "grades.csv";

    public void Write(ScoreReport report, TextWriter writer) => Write([report], writer);

    public void Write(IReadOnlyList<ScoreReport> reports, TextWriter writer)
    {
        var ids = problemIds ?? [.. reports.SelectMany(r => r.Problems).Select(p => p.ProblemId).Distinct()];
        WriteRow(writer, ["submission", .. ids, "total"]);
        foreach (var report in reports)
        {
            var scores = ids.Select(id => report.Problems.FirstOrDefault(p => p.ProblemId == id) is { } p ? Number(p.Score) : "");
            WriteRow(writer, [report.Submission, .. scores, Number(report.Score)]);
        }
    }

    internal static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static string Number(double x) => Math.Round(x, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(",", fields.Select(Field)));
        writer.Write("\r\n");
    }
}
