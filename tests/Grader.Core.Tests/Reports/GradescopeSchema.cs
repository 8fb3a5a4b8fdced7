using System.Text.Json;

namespace Grader.Core.Tests.Reports;

/// <summary>
/// A strict check of Gradescope's documented <c>results.json</c> format (the autograder specification):
/// known keys only, the documented types and enumerations, and a score at the top or on every test.
/// </summary>
internal static class GradescopeSchema
{
    private static readonly string[] Visibilities = ["hidden", "after_due_date", "after_published", "visible"];
    private static readonly string[] Formats = ["text", "html", "simple_format", "md", "ansi"];
    private static readonly string[] TopKeys =
        ["score", "execution_time", "output", "output_format", "test_output_format", "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests", "leaderboard"];
    private static readonly string[] TestKeys =
        ["score", "max_score", "status", "name", "name_format", "number", "output", "output_format", "tags", "visibility", "extra_data"];

    public static List<string> Validate(string json)
    {
        var errors = new List<string>();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ["the top level must be an object"];
        }

        CheckObject(root, "$", TopKeys, errors);
        Expect(root, "$", "score", JsonValueKind.Number, required: false, errors);
        Expect(root, "$", "execution_time", JsonValueKind.Number, required: false, errors);
        Expect(root, "$", "output", JsonValueKind.String, required: false, errors);
        OneOf(root, "$", "output_format", Formats, errors);
        OneOf(root, "$", "test_output_format", Formats, errors);
        OneOf(root, "$", "visibility", Visibilities, errors);
        OneOf(root, "$", "stdout_visibility", Visibilities, errors);
        if (!root.TryGetProperty("tests", out var tests))
        {
            if (!root.TryGetProperty("score", out _))
            {
                errors.Add("$: needs a score or tests");
            }

            return errors;
        }

        if (tests.ValueKind != JsonValueKind.Array)
        {
            errors.Add("$.tests: must be an array");
            return errors;
        }

        var hasTopScore = root.TryGetProperty("score", out _);
        var i = 0;
        foreach (var test in tests.EnumerateArray())
        {
            var path = $"$.tests[{i++}]";
            if (test.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{path}: must be an object");
                continue;
            }

            CheckObject(test, path, TestKeys, errors);
            Expect(test, path, "score", JsonValueKind.Number, required: !hasTopScore, errors);
            Expect(test, path, "max_score", JsonValueKind.Number, required: false, errors);
            Expect(test, path, "name", JsonValueKind.String, required: false, errors);
            Expect(test, path, "number", JsonValueKind.String, required: false, errors);
            Expect(test, path, "output", JsonValueKind.String, required: false, errors);
            Expect(test, path, "tags", JsonValueKind.Array, required: false, errors);
            OneOf(test, path, "status", ["passed", "failed"], errors);
            OneOf(test, path, "visibility", Visibilities, errors);
            OneOf(test, path, "output_format", Formats, errors);
        }

        return errors;
    }

    private static void CheckObject(JsonElement element, string path, string[] known, List<string> errors)
    {
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            errors.Add($"{path}: unknown key '{property.Name}'");
        }
    }

    private static void Expect(JsonElement element, string path, string key, JsonValueKind kind, bool required, List<string> errors)
    {
        if (!element.TryGetProperty(key, out var value))
        {
            if (required)
            {
                errors.Add($"{path}.{key}: missing");
            }
        }
        else if (value.ValueKind != kind)
        {
            errors.Add($"{path}.{key}: expected {kind}, got {value.ValueKind}");
        }
    }

    private static void OneOf(JsonElement element, string path, string key, string[] allowed, List<string> errors)
    {
        if (element.TryGetProperty(key, out var value)
            && (value.ValueKind != JsonValueKind.String || !allowed.Contains(value.GetString())))
        {
            errors.Add($"{path}.{key}: must be one of {string.Join(", ", allowed)}");
        }
    }
}
