using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Grader.Cases;
using Grader.Specs.Generators;
using Grader.Values;

namespace Grader.Reference;

/// <summary>
/// Solved references kept between runs, so that a run grading one submission (a student's
/// self-check, every Gradescope run) does not solve every problem again: one file per problem in
/// <see cref="Folder"/>, named by a hash of the spec's text and of this build of Grader, so an edited
/// spec or another build of the grader is solved again and never read stale. The file holds every
/// case exactly as <see cref="ProblemSolver.Solve"/> made it (doubles round-trip bit for bit), so a
/// report is the same byte for byte either way. A folder that cannot be written only costs the time
/// of solving; a file that does not read back as expected is ignored and solved again.
/// </summary>
public sealed class SolvedReferenceCache(string folder)
{
    private const int FormatVersion = 1;

    /// <summary>What makes this build's solutions this build's: the module of the solver (a new build, a new id).</summary>
    private static readonly string BuildId = typeof(ProblemSolver).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public string Folder { get; } = folder;

    /// <summary>The problem's solution from the cache, else solved and written to it.</summary>
    public ProblemSolution Solve(CompiledProblem problem)
    {
        var path = PathFor(problem);
        if (TryRead(problem, path) is { } cached)
        {
            return cached;
        }

        var solution = ProblemSolver.Solve(problem);
        TryWrite(path, solution);
        return solution;
    }

    internal string PathFor(CompiledProblem problem)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes($"grader-reference-v{FormatVersion}\n{BuildId}\n{problem.Spec.File.Text}"));
        return Path.Combine(Folder, $"{problem.Id}-{Convert.ToHexStringLower(key)[..32]}.json");
    }

    private static ProblemSolution? TryRead(CompiledProblem problem, string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var inputNames = problem.Spec.Inputs.Select(i => i.Name).ToList();
            var cases = document.RootElement.GetProperty("cases").EnumerateArray().Select(c => ReadCase(c, inputNames)).ToList();
            return new ProblemSolution(problem, cases);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException
            or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            return null;
        }
    }

    private void TryWrite(string path, ProblemSolution solution)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Folder);
            using (var stream = File.Create(temporary))
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("problem", solution.Id);
                writer.WriteStartArray("cases");
                foreach (var solved in solution.Cases)
                {
                    WriteCase(writer, solved);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            // Whole or not at all: another run reading it meanwhile sees the old state or the new file.
            File.Move(temporary, path, overwrite: true);
            RemoveOthers(path, solution.Id);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>The same problem's files of other spec texts or builds: never read again by this build.</summary>
    private void RemoveOthers(string kept, string id)
    {
        var length = Path.GetFileName(kept).Length;
        foreach (var other in Directory.GetFiles(Folder, id + "-*.json"))
        {
            // "bce-" also starts "bce-minimum-…": only names of exactly this problem's form.
            if (other != kept && Path.GetFileName(other).Length == length)
            {
                File.Delete(other);
            }
        }
    }

    private static void WriteCase(Utf8JsonWriter writer, SolvedCase solved)
    {
        var gradingCase = solved.Case;
        writer.WriteStartObject();
        writer.WriteString("name", gradingCase.Name);
        writer.WriteBoolean("hidden", gradingCase.Hidden);
        if (gradingCase.Group is { } group)
        {
            writer.WriteString("group", group);
        }

        writer.WriteStartObject("dims");
        foreach (var (name, size) in gradingCase.Dims.Scalars)
        {
            writer.WriteNumber(name, size);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("dimLists");
        foreach (var (name, sizes) in gradingCase.Dims.Lists)
        {
            writer.WriteStartArray(name);
            foreach (var size in sizes)
            {
                writer.WriteNumberValue(size);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        WriteValues(writer, "inputs", gradingCase.Inputs);
        WriteValues(writer, "expected", solved.Expected);
        WriteValues(writer, "lower", solved.Lower);
        WriteValues(writer, "upper", solved.Upper);
        writer.WritePropertyName("kinkDistance");
        ValueJson.WriteNumber(writer, solved.KinkDistance);
        writer.WriteStartArray("mistakes");
        foreach (var mistake in solved.Mistakes)
        {
            if (mistake is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteValues(writer, null, mistake);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static SolvedCase ReadCase(JsonElement element, IReadOnlyList<string> inputNames)
    {
        var scalars = element.GetProperty("dims").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        var lists = element.GetProperty("dimLists").EnumerateObject()
            .ToDictionary(p => p.Name, p => (IReadOnlyList<int>)[.. p.Value.EnumerateArray().Select(s => s.GetInt32())]);
        var group = element.TryGetProperty("group", out var g) ? g.GetString() : null;
        var gradingCase = new GradingCase(
            element.GetProperty("name").GetString()!, element.GetProperty("hidden").GetBoolean(), new DimScope(scalars, lists), ReadValues(element.GetProperty("inputs")), group);
        var mistakes = element.GetProperty("mistakes").EnumerateArray()
            .Select(m => m.ValueKind == JsonValueKind.Null ? null : ReadValues(m)).ToList();
        return new SolvedCase(
            gradingCase,
            gradingCase.ArgumentsInOrder(inputNames),
            ReadValues(element.GetProperty("expected")),
            ReadValues(element.GetProperty("lower")),
            ReadValues(element.GetProperty("upper")),
            ValueJson.ReadNumber(element.GetProperty("kinkDistance")),
            mistakes);
    }

    private static void WriteValues(Utf8JsonWriter writer, string? name, IReadOnlyDictionary<string, Value> values)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        foreach (var (key, value) in values)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static Dictionary<string, Value> ReadValues(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => ReadValue(p.Value));

    /// <summary>A tensor as its shape, integer flag and flat data (an empty axis keeps the axes after it); a list as its tensors.</summary>
    private static void WriteValue(Utf8JsonWriter writer, Value value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case Tensor tensor:
                writer.WriteStartArray("shape");
                foreach (var size in tensor.Shape)
                {
                    writer.WriteNumberValue(size);
                }

                writer.WriteEndArray();
                writer.WriteBoolean("integer", tensor.IsInteger);
                writer.WriteStartArray("data");
                foreach (var x in tensor.Span)
                {
                    ValueJson.WriteNumber(writer, x);
                }

                writer.WriteEndArray();
                break;
            case TensorList list:
                writer.WriteStartArray("list");
                foreach (var item in list.Items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value));
        }

        writer.WriteEndObject();
    }

    private static Value ReadValue(JsonElement element)
    {
        if (element.TryGetProperty("list", out var items))
        {
            return new TensorList([.. items.EnumerateArray().Select(i => (Tensor)ReadValue(i))]);
        }

        return new Tensor(
            [.. element.GetProperty("shape").EnumerateArray().Select(s => s.GetInt32())],
            [.. element.GetProperty("data").EnumerateArray().Select(ValueJson.ReadNumber)],
            element.GetProperty("integer").GetBoolean());
    }
}
