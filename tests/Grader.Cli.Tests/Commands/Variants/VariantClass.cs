using System.Globalization;
using System.Text;
using System.Text.Json;
using Grader.Courses;
using Grader.Reference;
using Grader.Values;

namespace Grader.Cli.Tests.Commands.Variants;

/// <summary>
/// A course of students on disk: course.yaml with a fresh salt and the roster, and one submission
/// folder per student holding an answers.yaml of typed numbers, computed for whichever student's
/// variant the test asks (their own, a neighbour's) or from a mistake's outputs.
/// </summary>
internal sealed class VariantClass : IDisposable
{
    public static readonly string[] Problems = ["toy-network", "softmax-ce"];

    private readonly ProblemCatalog _catalog = ProblemCatalog.Load(Path.Combine(CliRun.Repository, "problems"), CliRun.Repository);

    private VariantClass(int size)
    {
        Root = Directory.CreateTempSubdirectory("grader-variants-").FullName;
        Students = [.. Enumerable.Range(1, size).Select(i => new RosterStudent(
            string.Create(CultureInfo.InvariantCulture, $"s{i:000}"), Name(i), string.Create(CultureInfo.InvariantCulture, $"stu{i:000}"), [], 0))];
        CourseFilePath = Path.Combine(Root, CourseFile.FileName);
        File.WriteAllText(CourseFilePath, CourseFile.Text(CourseFile.NewSalt(), Students));
        Course = CourseFile.Load(CourseFilePath);
        Submissions = Directory.CreateDirectory(Path.Combine(Root, "submissions")).FullName;
    }

    public string Root { get; }

    public string CourseFilePath { get; }

    public string Submissions { get; }

    public Course Course { get; }

    public IReadOnlyList<RosterStudent> Students { get; }

    /// <summary>The name of student 44 is hostile: it must stay text in every output.</summary>
    public const string HostileName = "<script>alert(1)</script> [red]x[/] \u001b[2J";

    public static VariantClass Create(int size) => new(size);

    private static string Name(int i) => i == 44 ? HostileName : string.Create(CultureInfo.InvariantCulture, $"Student {i}");

    /// <summary>The reference of a student's own public case.</summary>
    public SolvedCase Variant(string problemId, string studentId)
    {
        var problem = _catalog.Find(problemId)!;
        return ProblemSolver.SolveVariant(problem, Course.VariantSeed(studentId, problemId));
    }

    /// <summary>The outputs a spec mistake gives on a student's own public case.</summary>
    public IReadOnlyDictionary<string, Value> Mistake(string problemId, string studentId, string mistakeId)
    {
        var problem = _catalog.Find(problemId)!;
        var index = problem.Mistakes.ToList().FindIndex(m => m.Spec.Id == mistakeId);
        var outputs = Variant(problemId, studentId).Mistakes[index]!;
        return Variant(problemId, studentId).Expected.ToDictionary(o => o.Key, o => outputs.GetValueOrDefault(o.Key) ?? o.Value);
    }

    /// <summary>Writes a submission folder whose answers.yaml types these outputs per problem.</summary>
    public void Write(string folder, IReadOnlyDictionary<string, IReadOnlyDictionary<string, Value>> answers, string? student = null)
    {
        var text = new StringBuilder();
        if (student is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"student: \"{student}\"\n");
        }

        foreach (var (problem, outputs) in answers)
        {
            text.Append(problem).Append(": ").Append(Json(outputs)).Append('\n');
        }

        var directory = Directory.CreateDirectory(Path.Combine(Submissions, folder)).FullName;
        File.WriteAllText(Path.Combine(directory, "answers.yaml"), text.ToString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string Json(IReadOnlyDictionary<string, Value> outputs)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            ValueJson.WriteObject(writer, "x", outputs);
            writer.WriteEndObject();
        }

        // JSON is YAML: the answers are written as a flow mapping.
        return JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("x").GetRawText();
    }
}
