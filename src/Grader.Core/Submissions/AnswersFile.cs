using System.Globalization;
using System.Text.Json.Nodes;
using Grader.Specs;

using Grader.Values;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace Grader.Submissions;

/// <summary>
/// <c>answers.yaml</c>: plain numbers for the public case, or formulas (<see cref="AnswerFormulas"/>), keyed by problem id. Each answer is kept
/// as JSON in the shape a worker would return it, so one binder reads both. Every bound is checked
/// before the next step can grow: the file's size, then its nesting (on the scanner's tokens, as
/// YamlDotNet's parser recurses once per level), then the values once aliases are expanded (a 1 KB
/// "billion laughs" of nested aliases expands to 10⁹ values).
/// </summary>
internal static class AnswersFile
{
    public const string FileName = "answers.yaml";

    /// <summary>Far more than the public cases' numbers.</summary>
    public const long MaxBytes = 1L << 20;

    public const int MaxDepth = 32;

    public const int MaxValues = 100_000;

    /// <summary>The key that names whose submission this is (<c>student: "12345"</c>), for a course with variants.</summary>
    public const string StudentKey = "student";

    public static IReadOnlyDictionary<string, (JsonNode? Answer, int Line, IReadOnlyList<FormulaAnswer> Formulas)> Read(
        string relativePath, string text, IReadOnlyList<ProblemContract> problems, List<FileIssue> issues, out StudentClaim? student)
    {
        student = null;
        var answers = new Dictionary<string, (JsonNode?, int, IReadOnlyList<FormulaAnswer>)>(StringComparer.Ordinal);
        var stream = new YamlStream();
        try
        {
            if (TooDeep(text) is { } deep)
            {
                issues.Add(FileIssue.AnswersNestedTooDeep(relativePath, deep.Line, deep.Column, MaxDepth));
                return answers;
            }

            stream.Load(new StringReader(text));
        }
        catch (YamlException error)
        {
            issues.Add(FileIssue.Yaml(relativePath, error.Start.Line, error.Start.Column, error.Message));
            return answers;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner fails this way on some malformed flow collections.
            issues.Add(FileIssue.YamlUnparsable(relativePath));
            return answers;
        }

        if (stream.Documents.Count == 0)
        {
            return answers;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var start = stream.Documents[0].RootNode.Start;
            issues.Add(FileIssue.AnswersNotAMapping(relativePath, start.Line, start.Column));
            return answers;
        }

        var file = new SpecFile(relativePath, text);
        foreach (var (key, value) in root.Children)
        {
            var id = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (id == StudentKey && problems.All(p => p.Id != StudentKey))
            {
                // The id reaches the instructor's and the student's reports: printable text only.
                if (value is YamlScalarNode { Value: { Length: > 0 and <= 200 } claimed }
                    && !claimed.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
                {
                    student = new StudentClaim(claimed.Trim(), relativePath, (int)key.Start.Line);
                }
                else
                {
                    issues.Add(FileIssue.BadStudentKey(relativePath, key.Start.Line, key.Start.Column));
                }

                continue;
            }

            if (problems.FirstOrDefault(p => p.Id == id) is not { } problem)
            {
                issues.Add(FileIssue.UnknownProblem(relativePath, key.Start.Line, key.Start.Column, id));
                continue;
            }

            // Each problem's answer has a budget of its own: one alias bomb costs that problem, not the others.
            if (!TryToJson(value, new Budget(MaxValues), 0, out var answer))
            {
                issues.Add(FileIssue.AnswersExpandTooMuch(relativePath, key.Start.Line, key.Start.Column, id, MaxValues));
                continue;
            }

            answers[id] = (answer, (int)key.Start.Line, AnswerFormulas.Find(value, problem, file));
        }

        return answers;
    }

    /// <summary>Where the nesting first goes past <see cref="MaxDepth"/>, from tokens alone (the scanner does not recurse).</summary>
    private static Mark? TooDeep(string text)
    {
        var scanner = new Scanner(new StringReader(text), skipComments: true);
        var depth = 0;
        while (scanner.MoveNext())
        {
            switch (scanner.Current)
            {
                case FlowSequenceStart or FlowMappingStart or BlockSequenceStart or BlockMappingStart:
                    if (++depth > MaxDepth)
                    {
                        return scanner.Current!.Start;
                    }

                    break;
                case FlowSequenceEnd or FlowMappingEnd or BlockEnd:
                    depth--;
                    break;
                case Error:
                    // The scanner keeps returning its error; the parser reports it with its position.
                    return null;
            }
        }

        return null;
    }

    /// <summary>The answer as JSON; false when it holds more values than the budget (an alias expands every time it is used).</summary>
    private static bool TryToJson(YamlNode node, Budget budget, int depth, out JsonNode? json)
    {
        json = null;
        if (!budget.Take() || depth > 2 * MaxDepth)
        {
            return false;
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                json = Scalar(scalar.Value ?? string.Empty);
                return true;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var child in sequence.Children)
                {
                    if (!TryToJson(child, budget, depth + 1, out var item))
                    {
                        return false;
                    }

                    array.Add(item);
                }

                json = array;
                return true;
            case YamlMappingNode mapping:
                var map = new JsonObject();
                foreach (var (key, child) in mapping.Children)
                {
                    if (!TryToJson(child, budget, depth + 1, out var item))
                    {
                        return false;
                    }

                    map[(key as YamlScalarNode)?.Value ?? string.Empty] = item;
                }

                json = map;
                return true;
            default:
                return true;
        }
    }

    private sealed class Budget(int values)
    {
        private int _left = values;

        public bool Take() => --_left >= 0;
    }

    private static JsonNode Scalar(string text)
    {
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x))
        {
            return JsonValue.Create(x);
        }

        return trimmed.ToLowerInvariant() switch
        {
            ".nan" or "nan" => JsonValue.Create("nan"),
            ".inf" or "inf" or "+.inf" => JsonValue.Create("inf"),
            "-.inf" or "-inf" => JsonValue.Create("-inf"),
            _ => JsonValue.Create(text),
        };
    }
}
