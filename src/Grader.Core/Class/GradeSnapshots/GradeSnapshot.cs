using System.Globalization;
using System.Text;
using System.Text.Json;
using Grader.Checking;
using Grader.Reports;

namespace Grader.Class.GradeSnapshots;

/// <summary>
/// A submission's grades as kept beside it (<c>alice.grades.verified.json</c>): per attempted problem
/// its status, points and diagnosis ids, and nothing that varies between runs (no times, no paths, no
/// messages). A regrade that moves a score or a diagnosis changes the text, one line per problem, so a
/// line diff shows exactly which grade moved.
/// </summary>
public sealed record GradeSnapshot(string Submission, IReadOnlyList<GradeSnapshot.Problem> Problems)
{
    /// <summary>One attempted problem's grade.</summary>
    public sealed record Problem(string Id, ProblemStatus Status, double Score, double MaxScore, IReadOnlyList<string> Diagnoses);

    /// <summary>The grades of a report's attempted problems (a problem not attempted scores nothing and is left out, so adding a problem to the course changes no snapshot).</summary>
    public static GradeSnapshot From(ScoreReport report) => new(
        report.Submission,
        [.. report.Problems
            .Where(p => p.Status != ProblemStatus.Missing)
            .OrderBy(p => p.ProblemId, StringComparer.Ordinal)
            .Select(p => new Problem(p.ProblemId, p.Status, ReportText.Round(p.Score), ReportText.Round(p.MaxScore), p.DiagnosisIds))]);

    /// <summary>The snapshot's text: JSON, LF line endings, one problem per line; student text (the name) escaped as JSON escapes it by default, so it holds no control or markup.</summary>
    public string ToJson()
    {
        var text = new StringBuilder();
        text.Append("{\n");
        text.Append("  \"submission\": ").Append(JsonSerializer.Serialize(Submission)).Append(",\n");
        text.Append("  \"score\": ").Append(Number(Problems.Sum(p => p.Score))).Append(",\n");
        text.Append("  \"max_score\": ").Append(Number(Problems.Sum(p => p.MaxScore))).Append(",\n");
        text.Append("  \"problems\": {");
        for (var i = 0; i < Problems.Count; i++)
        {
            var p = Problems[i];
            text.Append(i == 0 ? "\n" : ",\n");
            text.Append("    ").Append(JsonSerializer.Serialize(p.Id)).Append(": {")
                .Append("\"status\": \"").Append(ReportText.Status(p.Status)).Append("\", ")
                .Append("\"score\": ").Append(Number(p.Score)).Append(", ")
                .Append("\"max_score\": ").Append(Number(p.MaxScore)).Append(", ")
                .Append("\"diagnoses\": [").Append(string.Join(", ", p.Diagnoses.Select(d => JsonSerializer.Serialize(d)))).Append("]}");
        }

        text.Append(Problems.Count == 0 ? "}\n" : "\n  }\n");
        text.Append("}\n");
        return text.ToString();
    }

    private static string Number(double value) => ReportText.Round(value).ToString("R", CultureInfo.InvariantCulture);
}
