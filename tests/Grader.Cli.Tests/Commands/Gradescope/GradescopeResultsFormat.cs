using System.Text.Json;

namespace Grader.Cli.Tests.Commands.Gradescope;

/// <summary>
/// Gradescope's documented results.json (gradescope-autograders.readthedocs.io, "Autograder
/// Specifications", Output format): the keys it reads at the top and in each test, their types, and the
/// words its visibility, status and format fields take. Returns every departure, so a test can show them.
/// </summary>
internal static class GradescopeResultsFormat
{
    private static readonly string[] TopKeys =
        ["score", "execution_time", "output", "output_format", "test_output_format", "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests", "leaderboard"];

    private static readonly string[] TestKeys =
        ["score", "max_score", "status", "name", "name_format", "number", "output", "output_format", "tags", "visibility", "extra_data"];

    private static readonly string[] Visibilities = ["hidden", "after_due_date", "after_published", "visible"];
    private static readonly string[] Formats = ["text", "html", "simple_format", "md", "ansi"];

    public static List<string> Violations(JsonElement results)
    {
        var found = new List<string>();
        if (results.ValueKind != JsonValueKind.Object)
        {
            return ["results.json is not an object"];
        }

        Check(results, "", TopKeys, found);
        var tests = results.TryGetProperty("tests", out var t) ? t : default;
        if (tests.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var test in tests.EnumerateArray())
            {
                if (test.ValueKind != JsonValueKind.Object)
                {
                    found.Add($"tests[{i}] is not an object");
                }
                else
                {
                    Check(test, $"tests[{i}].", TestKeys, found);
                    if (test.TryGetProperty("status", out var status) && status.GetString() is not ("passed" or "failed"))
                    {
                        found.Add($"tests[{i}].status is {status}");
                    }

                    if (test.TryGetProperty("tags", out var tags) && (tags.ValueKind != JsonValueKind.Array || tags.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String)))
                    {
                        found.Add($"tests[{i}].tags is not an array of strings");
                    }
                }

                i++;
            }
        }
        else if (tests.ValueKind != JsonValueKind.Undefined)
        {
            found.Add("tests is not an array");
        }

        var everyTestScored = tests.ValueKind == JsonValueKind.Array && tests.EnumerateArray().All(x => x.ValueKind == JsonValueKind.Object && x.TryGetProperty("score", out _));
        if (!results.TryGetProperty("score", out _) && !everyTestScored)
        {
            found.Add("no top-level score, and not every test has one");
        }

        return found;
    }

    private static void Check(JsonElement element, string at, string[] keys, List<string> found)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            var value = property.Value;
            if (!keys.Contains(name))
            {
                found.Add($"{at}{name} is not a key Gradescope reads");
                continue;
            }

            var expected = name switch
            {
                "score" or "max_score" or "execution_time" => JsonValueKind.Number,
                "tests" or "leaderboard" or "tags" => JsonValueKind.Array,
                "extra_data" => JsonValueKind.Object,
                _ => JsonValueKind.String,
            };
            if (value.ValueKind != expected)
            {
                found.Add($"{at}{name} is {value.ValueKind}, not {expected}");
            }
            else if (name is "visibility" or "stdout_visibility" && !Visibilities.Contains(value.GetString()))
            {
                found.Add($"{at}{name} is '{value.GetString()}'");
            }
            else if (name.EndsWith("format", StringComparison.Ordinal) && !Formats.Contains(value.GetString()))
            {
                found.Add($"{at}{name} is '{value.GetString()}'");
            }
        }
    }
}
