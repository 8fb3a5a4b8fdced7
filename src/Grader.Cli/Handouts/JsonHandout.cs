using System.Text;
using System.Text.Json;
using Grader.Reports;
using Grader.Values;

namespace Grader.Cli.Handouts;

/// <summary>
/// A student's handout as JSON, for an LMS or a mail merge: the student (id, name, login), and per
/// problem its id, title, points, whether the numbers are the student's own, the inputs as nested
/// arrays, and the problem's Markdown section. Written with the reports' encoder, so HTML-sensitive
/// characters and controls in a name are <c>\uXXXX</c> escapes.
/// </summary>
internal sealed class JsonHandout : IHandoutFormat
{
    public string Name => "json";

    public string Extension => ".json";

    public string Render(StudentHandout handout)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonReport.Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("student");
            json.WriteString("id", handout.Student.Id);
            json.WriteString("name", handout.Student.Name);
            json.WriteString("login", handout.Student.Login);
            json.WriteEndObject();
            json.WriteStartArray("problems");
            foreach (var problem in handout.Problems)
            {
                WriteProblem(json, problem);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteProblem(Utf8JsonWriter json, HandoutProblem problem)
    {
        var spec = problem.Problem.Spec;
        json.WriteStartObject();
        json.WriteString("id", spec.Id);
        json.WriteString("title", spec.Title);
        json.WriteNumber("points", spec.Points);
        json.WriteBoolean("own_numbers", problem.Own);
        ValueJson.WriteObject(json, "inputs", problem.Inputs);
        json.WriteString("markdown", MarkdownHandout.Section(problem));
        json.WriteEndObject();
    }
}
