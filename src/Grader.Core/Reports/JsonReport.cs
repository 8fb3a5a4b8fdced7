using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Grader.Checking;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Reports;

/// <summary>
/// The instructor's full view as JSON: every case, hidden ones included, with the returned and
/// expected values, messages, tracebacks and everything the code printed.
/// </summary>
public sealed class JsonReport : IReportFormat
{
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = InertEncoder(),
    };

    public string Name => "json";

    /// <summary>
    /// Letters of every script stay readable, but HTML-sensitive characters (<c>&lt; &gt; &amp; ' "</c>),
    /// controls and bidirectional overrides are written as <c>\uXXXX</c>: student text stays inert when
    /// a viewer (Gradescope, a dashboard) pastes a value into a page or a terminal.
    /// </summary>
    private static JavaScriptEncoder InertEncoder()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters([.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(InertText.IsBidi)]);
        return JavaScriptEncoder.Create(settings);
    }

    public string FileName => "report.json";

    public void Write(ScoreReport report, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            WriteReport(json, report);
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    private static void WriteReport(Utf8JsonWriter json, ScoreReport report)
    {
        json.WriteStartObject();
        json.WriteString("submission", report.Submission);
        json.WriteNumber("score", ReportText.Round(report.Score));
        json.WriteNumber("max_score", ReportText.Round(report.MaxScore));
        if (report.GradedAt is { } gradedAt)
        {
            json.WriteString("graded_at", gradedAt);
        }

        json.WriteNumber("execution_time", Math.Round(report.Duration.TotalSeconds, 3));
        json.WriteBoolean("public_only", report.PublicOnly);
        WriteOwner(json, report);
        json.WriteStartArray("file_errors");
        foreach (var issue in report.FileErrors)
        {
            json.WriteStartObject();
            json.WriteString("file", issue.File);
            json.WriteNumber("line", issue.Line);
            json.WriteNumber("column", issue.Column);
            json.WriteString("message", issue.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("problems");
        foreach (var problem in report.Problems)
        {
            WriteProblem(json, problem);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProblem(Utf8JsonWriter json, ProblemScore problem)
    {
        json.WriteStartObject();
        json.WriteString("id", problem.ProblemId);
        json.WriteString("title", problem.Title);
        json.WriteString("status", ReportText.Status(problem.Status));
        json.WriteNumber("score", ReportText.Round(problem.Score));
        json.WriteNumber("max_score", ReportText.Round(problem.MaxScore));
        json.WriteString("source", problem.Source);
        json.WriteBoolean("answers", problem.IsAnswers);
        json.WriteString("message", problem.Message);
        json.WriteString("feedback", problem.Feedback);
        json.WriteStartArray("diagnoses");
        foreach (var id in problem.DiagnosisIds)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnosis_messages");
        foreach (var diagnosis in problem.Diagnoses)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnosis.Id);
            json.WriteString("output", diagnosis.Output);
            json.WriteString("message", diagnosis.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (problem.Formulas.Count > 0)
        {
            // Only where there are formulas, so reports of code and typed numbers keep their shape.
            json.WriteStartArray("formulas");
            foreach (var formula in problem.Formulas)
            {
                json.WriteStartObject();
                json.WriteString("output", formula.Output);
                json.WriteString("written", formula.Written);
                json.WriteString("read_as", formula.ReadAs);
                json.WriteString("error", formula.Error);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (problem.Derivations.Count > 0)
        {
            WriteDerivations(json, problem.Derivations);
        }

        if (problem.Experiment is { } experiment)
        {
            JsonExperiment.Write(json, experiment);
        }

        json.WriteStartArray("cases");
        foreach (var @case in problem.Cases)
        {
            WriteCase(json, @case);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Each derivation with its steps' verdicts, where it was written, and its first wrong step.</summary>
    private static void WriteDerivations(Utf8JsonWriter json, IReadOnlyList<ChainFeedback> derivations)
    {
        json.WriteStartArray("derivations");
        foreach (var chain in derivations)
        {
            var check = chain.Check;
            json.WriteStartObject();
            json.WriteString("file", chain.File);
            json.WriteNumber("line", check.Chain.First.Span.Line);
            json.WriteString("output", chain.Output);
            json.WriteString("summary", chain.Summary);
            json.WriteNumber("steps_checked", check.Checked);
            json.WriteNumber("steps_holding", check.Holding);
            json.WriteNumber("steps_failing", check.Failing);
            json.WriteNumber("steps_not_checkable", check.NotCheckable);
            if (check.FirstFailure is { } first)
            {
                json.WriteNumber("first_failing_step", first.Step);
            }
            else
            {
                json.WriteNull("first_failing_step");
            }

            json.WriteStartArray("steps");
            foreach (var step in check.Steps)
            {
                json.WriteStartObject();
                json.WriteNumber("step", step.Step);
                json.WriteNumber("from_side", step.From);
                json.WriteNumber("to_side", step.To);
                json.WriteString("verdict", step.Verdict.ToString().ToLowerInvariant());
                json.WriteString("says", step.Describe());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCase(Utf8JsonWriter json, CaseScore @case)
    {
        json.WriteStartObject();
        json.WriteString("name", @case.Name);
        json.WriteBoolean("hidden", @case.Hidden);
        json.WriteBoolean("passed", @case.Passed);
        json.WriteString("outcome", ReportText.Outcome(@case.Outcome));
        json.WriteNumber("score", ReportText.Round(@case.Score));
        json.WriteNumber("max_score", ReportText.Round(@case.MaxScore));
        json.WriteNumber("execution_time", Math.Round(@case.Duration.TotalSeconds, 3));
        json.WriteString("message", @case.Message);
        json.WriteString("traceback", @case.Traceback);
        json.WriteStartArray("output_problems");
        foreach (var problem in @case.OutputProblems)
        {
            json.WriteStringValue(problem);
        }

        json.WriteEndArray();
        json.WriteString("stdout", @case.Stdout);
        json.WriteStartObject("inputs");
        foreach (var (name, value) in @case.Inputs)
        {
            WriteValue(json, name, value);
        }

        json.WriteEndObject();
        json.WriteStartArray("outputs");
        foreach (var output in @case.Outputs)
        {
            WriteOutput(json, output);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOutput(Utf8JsonWriter json, OutputComparison output)
    {
        json.WriteStartObject();
        json.WriteString("name", output.Name);
        json.WriteBoolean("passed", output.Passed);
        WriteNullableNumber(json, "max_abs_error", output.MaxAbsError);
        WriteNullableNumber(json, "max_rel_error", output.MaxRelError);
        json.WriteString("diagnosis", output.Diagnosis?.Id);
        json.WriteString("diagnosis_message", output.Diagnosis?.Message);
        json.WriteNumber("score", ReportText.Round(output.Score));
        json.WriteNumber("max_score", ReportText.Round(output.MaxScore));
        WriteValue(json, "expected", output.Expected);
        WriteValue(json, "got", output.Got);
        json.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } x)
        {
            json.WritePropertyName(name);
            ValueJson.WriteNumber(json, x);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteValue(Utf8JsonWriter json, string name, Value? value)
    {
        json.WritePropertyName(name);
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            ValueJson.Write(json, value);
        }
    }

    /// <summary>The instructor's view: whose numbers, and whose numbers typed answers are (only in a course with variants).</summary>
    private static void WriteOwner(Utf8JsonWriter json, ScoreReport report)
    {
        if (report.Owner is not { } owner)
        {
            return;
        }

        json.WriteStartObject("owner");
        json.WriteString("source", owner.Source.ToString().ToLowerInvariant());
        json.WriteString("id", owner.Student?.Id);
        json.WriteString("name", owner.Student?.Name);
        if (owner.Claimed is { } claimed)
        {
            json.WriteString("claimed", claimed);
        }

        json.WriteEndObject();
        json.WriteStartArray("copies");
        foreach (var copy in report.Copies)
        {
            json.WriteStartObject();
            json.WriteString("problem", copy.ProblemId);
            json.WriteString("source_id", copy.Source?.Id);
            json.WriteString("source", copy.SourceName);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
