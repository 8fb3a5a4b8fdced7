using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Grader.Running;

/// <summary>
/// <c>answers.yaml</c>: plain numbers for the public case, keyed by problem id. Each answer is kept
/// as JSON in the shape a worker would return it, so one binder reads both.
/// </summary>
internal static class AnswersFile
{
    public const string FileName = "answers.yaml";

    public static IReadOnlyDictionary<string, (JsonNode? Answer, int Line)> Read(
        string relativePath, string text, IReadOnlyList<ProblemContract> problems, List<FileIssue> issues)
    {
        var answers = new Dictionary<string, (JsonNode?, int)>(StringComparer.Ordinal);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException error)
        {
            issues.Add(new FileIssue(relativePath, (int)error.Start.Line, (int)error.Start.Column, error.Message));
            return answers;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed flow collections.
            issues.Add(new FileIssue(relativePath, 1, 1, "the YAML could not be parsed (an unclosed [ or { ?)"));
            return answers;
        }

        if (stream.Documents.Count == 0)
        {
            return answers;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var start = stream.Documents[0].RootNode.Start;
            issues.Add(new FileIssue(relativePath, (int)start.Line, (int)start.Column, "expected a mapping from problem ids to answers"));
            return answers;
        }

        foreach (var (key, value) in root.Children)
        {
            var id = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!problems.Any(p => p.Id == id))
            {
                issues.Add(new FileIssue(relativePath, (int)key.Start.Line, (int)key.Start.Column, $"unknown problem '{id}'"));
                continue;
            }

            answers[id] = (ToJson(value), (int)key.Start.Line);
        }

        return answers;
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Scalar(scalar.Value ?? string.Empty),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create((pair.Key as YamlScalarNode)?.Value ?? string.Empty, ToJson(pair.Value)))),
        _ => null,
    };

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
