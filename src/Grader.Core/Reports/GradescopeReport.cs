using System.Globalization;
using System.Text;
using System.Text.Json;
using Grader.Checking;
using Grader.Experiments;
using Grader.Running;

namespace Grader.Reports;

/// <summary>
/// Gradescope's <c>results.json</c>: one test per problem and case, numbered <c>problem.case</c>. The
/// public case is visible, its output led by the problem's formula answers; hidden cases get <paramref name="hiddenVisibility"/> (<c>after_published</c>
/// or <c>hidden</c>) and say only whether they passed and why not. What the code printed during hidden
/// cases (and their messages) goes into an extra instructor-only test per problem with visibility
/// <c>hidden</c>, worth nothing.
/// </summary>
public sealed class GradescopeReport : IReportFormat
{
    public static readonly IReadOnlyList<string> Visibilities = ["hidden", "after_due_date", "after_published", "visible"];

    private readonly string _hiddenVisibility;
    private readonly string _stdoutVisibility;

    /// <param name="hiddenVisibility">When students see the hidden cases' tests.</param>
    /// <param name="stdoutVisibility">When students see the autograder's own output (Gradescope's <c>stdout_visibility</c>).</param>
    public GradescopeReport(string hiddenVisibility = "after_published", string stdoutVisibility = "hidden")
    {
        foreach (var (value, name) in new[] { (hiddenVisibility, nameof(hiddenVisibility)), (stdoutVisibility, nameof(stdoutVisibility)) })
        {
            if (!Visibilities.Contains(value))
            {
                throw new ArgumentException($"unknown Gradescope visibility '{value}' (known: {string.Join(", ", Visibilities)})", name);
            }
        }

        _hiddenVisibility = hiddenVisibility;
        _stdoutVisibility = stdoutVisibility;
    }

    public string Name => "gradescope";

    public string FileName => "results.json";

    public void Write(ScoreReport report, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonReport.Options))
        {
            json.WriteStartObject();
            json.WriteNumber("score", ReportText.Round(report.Score));
            json.WriteNumber("execution_time", Math.Round(report.Duration.TotalSeconds, 3));
            json.WriteString("output", Summary(report));
            json.WriteString("output_format", "text");
            json.WriteString("stdout_visibility", _stdoutVisibility);
            json.WriteStartArray("tests");
            for (var p = 0; p < report.Problems.Count; p++)
            {
                WriteProblemTests(json, report.Problems[p], p + 1);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    private static string Summary(ScoreReport report)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"Score: {ReportText.Points(report.Score)} / {ReportText.Points(report.MaxScore)}");
        if (OwnerText.ForStudent(report.Owner) is { } owner)
        {
            builder.Append('\n').Append(owner);
        }
        foreach (var problem in report.Problems)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\n{problem.ProblemId}: {ReportText.Status(problem.Status)}, {ReportText.Points(problem.Score)} / {ReportText.Points(problem.MaxScore)}: {problem.Feedback}");
        }

        foreach (var issue in report.FileErrors)
        {
            builder.Append('\n').Append(issue.Describe());
        }

        if (report.Isolation is { } isolation)
        {
            builder.Append("\nIsolation: ").Append(isolation);
        }

        return builder.ToString();
    }

    private void WriteProblemTests(Utf8JsonWriter json, ProblemScore problem, int number)
    {
        for (var c = 0; c < problem.Cases.Count; c++)
        {
            var @case = problem.Cases[c];
            json.WriteStartObject();
            json.WriteNumber("score", ReportText.Round(@case.Score));
            json.WriteNumber("max_score", ReportText.Round(@case.MaxScore));
            json.WriteString("status", @case.Passed ? "passed" : "failed");
            json.WriteString("name", $"{problem.ProblemId}: {ReportText.CaseLabel(problem, @case)}");
            json.WriteString("number", string.Create(CultureInfo.InvariantCulture, $"{number}.{c + 1}"));
            json.WriteString("output", FormulaText.Leading(problem, @case, @case.Hidden ? HiddenOutput(problem, @case) : PublicOutput(problem, @case)));
            json.WriteString("visibility", @case.Hidden ? _hiddenVisibility : "visible");
            json.WriteEndObject();
        }

        var instructorOnly = InstructorOutput(problem);
        if (instructorOnly.Length > 0)
        {
            json.WriteStartObject();
            json.WriteNumber("score", 0);
            json.WriteNumber("max_score", 0);
            json.WriteString("status", "passed");
            json.WriteString("name", $"{problem.ProblemId}: hidden-case details (instructor only)");
            json.WriteString("number", string.Create(CultureInfo.InvariantCulture, $"{number}.{problem.Cases.Count + 1}"));
            json.WriteString("output", instructorOnly);
            json.WriteString("visibility", "hidden");
            json.WriteEndObject();
        }
    }

    private static string PublicOutput(ProblemScore problem, CaseScore @case)
    {
        var lines = new List<string>();
        if (problem.Message is not null)
        {
            lines.Add("Your code could not be loaded: " + problem.Message);
        }
        else if (@case.Outcome != CaseOutcome.Returned)
        {
            lines.Add(ReportText.Ended(@case.Outcome, problem.Written));
            if ((@case.Traceback ?? @case.Message) is { } detail)
            {
                lines.Add(detail.TrimEnd());
            }

            lines.AddRange(@case.OutputProblems);
        }
        else if (problem.Experiment?.Runs.FirstOrDefault(r => r.Run == @case.Name) is { } run)
        {
            // A training run has no expected value: its accuracy against the thresholds, as in feedback.md.
            lines.Add(ExperimentMessages.RunLine(run.Accuracy, run.Thresholds, ExperimentMessages.TrainingTime(run.Duration, problem.Experiment.TimeBudget)));
            lines.Add(ExperimentMessages.Landed(run.Run, run.Accuracy, run.Thresholds, null));
            lines.AddRange(problem.Diagnoses.Where(d => d.Output == run.Run).Select(d => d.Message));
        }
        else
        {
            foreach (var output in @case.Outputs)
            {
                lines.Add(output.Passed
                    ? $"{output.Name}: correct"
                    : $"{output.Name}: expected {ReportText.Value(output.Expected)}, got {ReportText.Value(output.Got)}"
                      + (output.Diagnosis is { } d ? $"\n  {d.Message}" : ""));
            }
        }

        if (@case.Stdout.Length > 0)
        {
            lines.Add("What your code printed:\n" + @case.Stdout.TrimEnd());
        }

        return string.Join("\n", lines);
    }

    private static string HiddenOutput(ProblemScore problem, CaseScore @case)
    {
        if (@case.Passed)
        {
            return "All outputs correct.";
        }

        if (problem.Message is not null)
        {
            return "Your code could not be loaded.";
        }

        if (@case.Exception is { } raised)
        {
            return RaisedFeedback.YourCode(raised, RaisedStyle.Plain);
        }

        if (@case.Outcome != CaseOutcome.Returned)
        {
            return ReportText.Ended(@case.Outcome, problem.Written);
        }

        return string.Join("\n", @case.Outputs.Select(o => o.Passed
            ? $"{o.Name}: correct"
            : $"{o.Name}: wrong" + (o.Diagnosis is { } d ? $" ({d.Id}): {d.Message}" : "")));
    }

    private static string InstructorOutput(ProblemScore problem)
    {
        var builder = new StringBuilder();
        foreach (var @case in problem.Cases.Where(c => c.Hidden))
        {
            var detail = @case.Traceback ?? @case.Message;
            if (@case.Stdout.Length == 0 && detail is null)
            {
                continue;
            }

            builder.Append(CultureInfo.InvariantCulture, $"--- {ReportText.CaseLabel(problem, @case)} ({@case.Name}): {ReportText.Outcome(@case.Outcome)}\n");
            if (detail is not null)
            {
                builder.Append(detail.TrimEnd()).Append('\n');
            }

            if (@case.Stdout.Length > 0)
            {
                builder.Append("stdout:\n").Append(@case.Stdout.TrimEnd()).Append('\n');
            }
        }

        return builder.ToString().TrimEnd('\n');
    }
}
