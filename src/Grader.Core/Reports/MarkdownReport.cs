using System.Globalization;
using Grader.Checking;
using Grader.Running;

namespace Grader.Reports;

/// <summary>
/// The feedback file a student reads. The public case may show expected and returned values, its
/// messages and what the code printed; hidden cases show only passed/failed, what kind of failure it
/// was and the diagnoses: never their inputs, values, messages or printed output.
/// </summary>
public sealed class MarkdownReport : IReportFormat
{
    public string Name => "md";

    public string FileName => "feedback.md";

    public void Write(ScoreReport report, TextWriter writer)
    {
        var md = new MarkdownWriter(writer);
        md.Line($"# Feedback: {MarkdownText.Inline(report.Submission)}");
        md.Blank();
        md.Line($"**Score: {ReportText.Points(report.Score)} / {ReportText.Points(report.MaxScore)}**"
            + (report.PublicOnly ? " (public cases only: hidden cases were not run)" : ""));
        md.Blank();
        if (OwnerText.ForStudent(report.Owner) is { } owner)
        {
            md.Line(MarkdownText.Inline(owner));
            md.Blank();
        }

        md.Line("| Problem | Status | Points | Feedback |");
        md.Line("| --- | --- | ---: | --- |");
        foreach (var problem in report.Problems)
        {
            md.Line($"| {problem.ProblemId} | {ReportText.Status(problem.Status)} | {ReportText.Points(problem.Score)} / {ReportText.Points(problem.MaxScore)} | {MarkdownWriter.Cell(problem.Feedback)} |");
        }

        if (report.FileErrors.Count > 0)
        {
            md.Blank();
            md.Line("## Problems reading your files");
            md.Blank();
            foreach (var issue in report.FileErrors)
            {
                md.Line($"- {MarkdownText.CodeSpan(issue.Location)}: {MarkdownText.Inline(issue.Message)}");
            }
        }

        foreach (var problem in report.Problems)
        {
            WriteProblem(md, problem);
        }
    }

    private static void WriteProblem(MarkdownWriter md, ProblemScore problem)
    {
        md.Blank();
        md.Line($"## {problem.ProblemId}: {ReportText.Status(problem.Status)}, {ReportText.Points(problem.Score)} / {ReportText.Points(problem.MaxScore)}");
        md.Blank();
        if (problem.Status == ProblemStatus.Missing)
        {
            md.Line(ReportText.Ended(CaseOutcome.NotAttempted));
            return;
        }

        if (problem.Source is not null)
        {
            md.Line($"Graded from {MarkdownText.Inline(problem.Source)}" + (problem.IsAnswers ? " (answers are checked on the public case, which carries all the points)." : "."));
        }

        MarkdownFormulas.Write(md, problem);
        MarkdownDerivations.Write(md, problem);

        if (problem.Status == ProblemStatus.Unavailable)
        {
            md.Blank();
            md.Line(MarkdownText.Inline(problem.Message ?? string.Empty));
            return;
        }

        if (problem.Message is not null)
        {
            md.Blank();
            md.Line("Your code could not be loaded:");
            md.Code(problem.Message);
            return;
        }

        if (problem.Diagnoses.Count > 0)
        {
            md.Blank();
        }

        foreach (var diagnosis in problem.Diagnoses)
        {
            md.Line($"- **{MarkdownText.Inline(diagnosis.Id)}**: {MarkdownText.Inline(diagnosis.Message)}");
        }

        if (problem.Experiment is { } experiment)
        {
            // A training problem has no expected values to show: its runs are graded by held-out accuracy.
            MarkdownExperiment.Write(md, problem, experiment);
            return;
        }

        foreach (var @case in problem.Cases.Where(c => !c.Hidden))
        {
            WritePublicCase(md, problem, @case);
        }

        var hidden = problem.Cases.Where(c => c.Hidden).ToList();
        if (hidden.Count > 0)
        {
            md.Blank();
            md.Line(string.Create(CultureInfo.InvariantCulture, $"### Hidden cases: {hidden.Count(c => c.Passed)} of {hidden.Count} passed"));
            md.Blank();
            MarkdownExceptions.Write(md, hidden);
            foreach (var @case in hidden)
            {
                md.Line($"- {ReportText.CaseLabel(problem, @case)}: {MarkdownExceptions.Short(@case) ?? MarkdownText.Inline(HiddenSummary(problem, @case))}");
            }
        }
    }

    private static void WritePublicCase(MarkdownWriter md, ProblemScore problem, CaseScore @case)
    {
        md.Blank();
        md.Line($"### {Capitalize(ReportText.CaseLabel(problem, @case))}: {(@case.Passed ? "passed" : "failed")}");
        md.Blank();
        if (@case.Outcome != CaseOutcome.Returned)
        {
            md.Line(ReportText.Ended(@case.Outcome, problem.Written));
            md.Code(@case.Traceback ?? @case.Message);
            foreach (var problemText in @case.OutputProblems)
            {
                md.Line($"- {MarkdownText.Inline(problemText)}");
            }
        }
        else
        {
            md.Line("| Output | Result | Expected | Got | Max abs error |");
            md.Line("| --- | --- | --- | --- | ---: |");
            foreach (var output in @case.Outputs)
            {
                var result = output.Passed ? "correct" : output.Diagnosis?.Id ?? "wrong";
                var error = output.MaxAbsError is { } e ? e.ToString("G3", CultureInfo.InvariantCulture) : "";
                md.Line($"| {MarkdownWriter.Cell(output.Name)} | {MarkdownWriter.Cell(result)} | {MarkdownText.CodeSpan(ReportText.Value(output.Expected), inTable: true)} | {MarkdownText.CodeSpan(ReportText.Value(output.Got), inTable: true)} | {error} |");
            }
        }

        if (@case.Stdout.Length > 0)
        {
            md.Blank();
            md.Line("What your code printed:");
            md.Code(@case.Stdout);
        }
    }

    private static string HiddenSummary(ProblemScore problem, CaseScore @case)
    {
        if (@case.Passed)
        {
            return "passed";
        }

        if (@case.Outcome != CaseOutcome.Returned)
        {
            return ReportText.Describe(@case.Outcome, problem.Written);
        }

        var failed = @case.Outputs.Where(o => !o.Passed)
            .Select(o => o.Diagnosis is { } d ? $"{o.Name} ({d.Id})" : o.Name);
        return "failed: " + string.Join(", ", failed);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
