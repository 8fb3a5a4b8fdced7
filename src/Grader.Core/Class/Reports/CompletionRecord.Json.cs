using System.Globalization;
using System.Text;
using System.Text.Json;
using Grader.Checking;
using Grader.Reports;
using Grader.Submissions;

namespace Grader.Class.Reports;

public sealed partial record CompletionRecord
{
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonReport.Options))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteString("submission", Submission);
            json.WriteString("files_sha256", FilesHash);
            json.WriteString("specs_sha256", SpecsHash);
            json.WriteString("grader_version", GraderVersion);
            json.WriteString("graded_at", GradedAt);
            json.WriteNumber("score", Score);
            json.WriteNumber("max_score", MaxScore);
            json.WriteNumber("file_errors", FileErrors);
            json.WriteStartArray("problems");
            foreach (var problem in Problems)
            {
                json.WriteStartObject();
                json.WriteString("id", problem.Id);
                json.WriteNumber("score", problem.Score);
                json.WriteNumber("max_score", problem.MaxScore);
                json.WriteString("status", ReportText.Status(problem.Status));
                json.WriteStartArray("diagnoses");
                foreach (var diagnosis in problem.Diagnoses)
                {
                    json.WriteStartObject();
                    json.WriteString("id", diagnosis.Id);
                    json.WriteString("message", diagnosis.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                if (problem.Derived.Count > 0)
                {
                    WriteNames(json, "derived", problem.Derived);
                    WriteNames(json, "broken", problem.Broken);
                }

                if (problem.Runs.Count > 0)
                {
                    WriteRuns(json, problem.Runs);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteCourse(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Reads a record; null when the file is missing, unreadable or of another format (the submission is then regraded).</summary>
    public static CompletionRecord? TryRead(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.GetProperty("format").GetInt32() != Format)
            {
                return null;
            }

            return new CompletionRecord(
                root.GetProperty("submission").GetString()!,
                root.GetProperty("files_sha256").GetString()!,
                root.GetProperty("specs_sha256").GetString()!,
                root.GetProperty("grader_version").GetString()!,
                DateTimeOffset.Parse(root.GetProperty("graded_at").GetString()!, CultureInfo.InvariantCulture),
                root.GetProperty("score").GetDouble(),
                root.GetProperty("max_score").GetDouble(),
                root.GetProperty("file_errors").GetInt32(),
                [.. root.GetProperty("problems").EnumerateArray().Select(ReadProblem)])
            {
                Owner = root.TryGetProperty("owner", out var owner) ? ReadOwner(owner) : null,
                Copies = root.TryGetProperty("copies", out var copies)
                    ? [.. copies.EnumerateArray().Select(c => new CopySeen(c.GetProperty("problem").GetString()!, c.GetProperty("source_id").GetString(), c.GetProperty("source").GetString()!))]
                    : [],
                WrongAnswerPrints = root.TryGetProperty("wrong_answers", out var prints)
                    ? prints.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!)
                    : new Dictionary<string, string>(),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static void WriteNames(Utf8JsonWriter json, string property, IReadOnlyList<string> names)
    {
        json.WriteStartArray(property);
        foreach (var name in names)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
    }

    /// <summary>Names under a property a record may not have (one written before write-ups were graded).</summary>
    private static IReadOnlyList<string> ReadNames(JsonElement problem, string property) =>
        problem.TryGetProperty(property, out var names) ? [.. names.EnumerateArray().Select(n => n.GetString()!)] : [];

    private static ProblemOutcome ReadProblem(JsonElement problem) => new(
        problem.GetProperty("id").GetString()!,
        problem.GetProperty("score").GetDouble(),
        problem.GetProperty("max_score").GetDouble(),
        Enum.Parse<ProblemStatus>(problem.GetProperty("status").GetString()!, ignoreCase: true),
        [.. problem.GetProperty("diagnoses").EnumerateArray()
            .Select(d => new DiagnosisSeen(d.GetProperty("id").GetString()!, d.GetProperty("message").GetString()!))])
    {
        Derived = ReadNames(problem, "derived"),
        Broken = ReadNames(problem, "broken"),
        Runs = ReadRuns(problem),
    };

    private static void WriteRuns(Utf8JsonWriter json, IReadOnlyList<RunAccuracy> runs)
    {
        json.WriteStartArray("runs");
        foreach (var run in runs)
        {
            json.WriteStartObject();
            json.WriteString("run", run.Run);
            if (run.Accuracy is { } accuracy && double.IsFinite(accuracy))
            {
                json.WriteNumber("accuracy", accuracy);
            }
            else
            {
                json.WriteNull("accuracy");
            }

            json.WriteBoolean("full_marks", run.FullMarks);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A training problem's runs; none in a record written before they were kept (shards of an older grader merge as before).</summary>
    private static IReadOnlyList<RunAccuracy> ReadRuns(JsonElement problem) =>
        problem.TryGetProperty("runs", out var runs)
            ? [.. runs.EnumerateArray().Select(r => new RunAccuracy(
                r.GetProperty("run").GetString()!,
                r.GetProperty("accuracy").ValueKind == JsonValueKind.Null ? null : r.GetProperty("accuracy").GetDouble(),
                r.GetProperty("full_marks").GetBoolean()))]
            : [];

    private void WriteCourse(Utf8JsonWriter json)
    {
        if (Owner is not { } owner)
        {
            return;
        }

        json.WriteStartObject("owner");
        json.WriteString("id", owner.Id);
        json.WriteString("name", owner.Name);
        json.WriteString("source", owner.Source);
        json.WriteString("claimed", owner.Claimed);
        json.WriteEndObject();
        json.WriteStartArray("copies");
        foreach (var copy in Copies)
        {
            json.WriteStartObject();
            json.WriteString("problem", copy.ProblemId);
            json.WriteString("source_id", copy.SourceId);
            json.WriteString("source", copy.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("wrong_answers");
        foreach (var (problem, print) in WrongAnswerPrints.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteString(problem, print);
        }

        json.WriteEndObject();
    }

    private static OwnerSeen ReadOwner(JsonElement owner) => new(
        owner.GetProperty("id").GetString(),
        owner.GetProperty("name").GetString(),
        owner.GetProperty("source").GetString()!,
        owner.GetProperty("claimed").GetString());
}
