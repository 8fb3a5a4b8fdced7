using System.Globalization;

namespace Grader.Reports.Class;

/// <summary>
/// The class gradebook written row by row from completion records, in the same CSV as
/// <see cref="CsvGradebook"/>: <c>submission,&lt;problem ids…&gt;,total</c>, CRLF line ends.
/// </summary>
public sealed class ClassGradebook(IReadOnlyList<string> problemIds, TextWriter writer)
{
    public void WriteHeader() => WriteRow(["submission", .. problemIds, "total"]);

    public void WriteRow(CompletionRecord record)
    {
        var scores = problemIds.Select(id => record.Problems.FirstOrDefault(p => p.Id == id) is { } p ? Number(p.Score) : "");
        WriteRow([record.Submission, .. scores, Number(record.Score)]);
    }

    private static string Number(double x) => Math.Round(x, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private void WriteRow(IEnumerable<string> fields)
    {
        writer.Write(string.Join(",", fields.Select(CsvGradebook.Field)));
        writer.Write("\r\n");
    }
}
