using System.Globalization;
using Grader.Submissions;

namespace Grader.Reports;

/// <summary>
/// A gradebook as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
/// comma, quote or line break): <c>submission,&lt;problem ids…&gt;,total</c>, one row per submission.
/// A text cell a spreadsheet would read as a formula gets a leading <c>'</c> (<see cref="Text"/>).
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
        WriteRow(writer, [Text("submission"), .. ids.Select(Text), Text("total")]);
        foreach (var report in reports)
        {
            var scores = ids.Select(id => report.Problems.FirstOrDefault(p => p.ProblemId == id) is { } p ? Number(p.Score) : "");
            WriteRow(writer, [Text(report.Submission), .. scores, Number(report.Score)]);
        }
    }

    /// <summary>
    /// A text cell (a name, a header): its control characters shown as escapes (<see cref="InertText"/>:
    /// a gradebook printed with <c>cat</c> must not act on the terminal either); one that starts with
    /// <c>= + - @</c>, a tab or a carriage return gets a leading <c>'</c> so that no spreadsheet runs it
    /// as a formula (OWASP's CSV injection advice); then it is quoted if it holds a comma or quote.
    /// </summary>
    internal static string Text(string text)
    {
        var formula = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        return Quote((formula ? "'" : string.Empty) + InertText.Escape(text));
    }

    /// <summary>
    /// A number cell: written by us from a double, so it is only digits, a point and perhaps a leading
    /// minus, which spreadsheets read as a number, never as a formula; it is not prefixed, so the
    /// gradebook's sums and sorts keep working.
    /// </summary>
    internal static string Number(double x) => Math.Round(x, 4).ToString("0.####", CultureInfo.InvariantCulture);

    internal static void WriteRow(TextWriter writer, IEnumerable<string> cells)
    {
        writer.Write(string.Join(",", cells));
        writer.Write("\r\n");
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
