using Grader.Reports;
using Grader.Submissions;

namespace Grader.Class.Reports;

/// <summary>
/// The class gradebook written row by row from completion records, in the same CSV as
/// <see cref="CsvGradebook"/>: <c>submission,&lt;problem ids…&gt;,total</c>, CRLF line ends, names a
/// spreadsheet would run as a formula prefixed with <c>'</c>.
/// </summary>
public sealed class ClassGradebook(IReadOnlyList<string> problemIds, TextWriter writer)
{
    public void WriteHeader() => CsvGradebook.WriteRow(writer, [CsvGradebook.Text("submission"), .. problemIds.Select(CsvGradebook.Text), CsvGradebook.Text("total")]);

    public void WriteRow(CompletionRecord record)
    {
        var scores = problemIds.Select(id => record.Problems.FirstOrDefault(p => p.Id == id) is { } p ? CsvGradebook.Number(p.Score) : "");
        CsvGradebook.WriteRow(writer, [CsvGradebook.Text(record.Submission), .. scores, CsvGradebook.Number(record.Score)]);
    }
}
