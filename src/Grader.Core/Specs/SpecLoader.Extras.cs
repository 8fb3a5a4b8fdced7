using System.Globalization;
using System.Text.RegularExpressions;
using Grader.Specs.Yaml;
using Grader.Values;

namespace Grader.Specs;

public static partial class SpecLoader
{
    private static List<MistakeSpec> ReadMistakes(YamlNode node, IReadOnlyList<OutputSpec> outputs)
    {
        var mistakes = new List<MistakeSpec>();
        foreach (var item in MappingReader.AsSequence(node, "'mistakes'").Items)
        {
            var reader = MappingReader.Of(item, "a mistake", "id", "message", "model", "outputs");
            var id = reader.RequireString("id", "id: relu-mask-missing");
            // One id may appear more than once: alternative forms of the same mistake (2/a or 1/(2a)).
            var model = reader.Optional("model") is { } modelNode ? AsText(modelNode, $"the model of mistake '{id}'") : null;
            var own = new List<OutputSpec>();
            if (reader.Optional("outputs") is { } outputsNode)
            {
                MappingReader.Of(outputsNode, $"the outputs of mistake '{id}'", [.. outputs.Select(o => o.Name)]);
                own = ReadOutputs(outputsNode, $"the outputs of mistake '{id}'");
            }

            if (model is null && own.Count == 0)
            {
                throw SpecError.BadValue(item, $"mistake '{id}' needs a model or outputs that differ from the problem's");
            }

            // Outputs the mistake does not redefine keep the problem's expressions, evaluated in the mistake's model.
            var merged = outputs.Select(o => own.FirstOrDefault(m => m.Name == o.Name) ?? o).ToList();
            mistakes.Add(new MistakeSpec(id, reader.RequireString("message", "message: Your gradient is missing the ReLU mask."), model, merged, reader.Mapping.Location));
        }

        return mistakes;
    }

    private static DescentCheckSpec ReadDescentCheck(YamlNode node, IReadOnlyList<OutputSpec> outputs)
    {
        var reader = MappingReader.Of(node, "'descent_check'", "objective", "variable", "low", "high");
        string OutputName(string key)
        {
            var name = reader.RequireString(key, $"{key}: {(key == "low" ? "lo" : "hi")}");
            return outputs.Any(o => o.Name == name)
                ? name
                : throw SpecError.BadValue(reader.Require(key, string.Empty), $"'{name}' is not an output{Suggestions.DidYouMean(name, outputs.Select(o => o.Name))}");
        }

        return new DescentCheckSpec(
            AsText(reader.Require("objective", "objective: a * x^2 + b * x + c"), "descent_check.objective"),
            reader.RequireString("variable", "variable: x"),
            OutputName("low"),
            OutputName("high"),
            reader.Mapping.Location);
    }

    private static LimitsSpec ReadLimits(YamlNode node)
    {
        var reader = MappingReader.Of(node, "'limits'", "wall", "cpu", "memory", "processes", "output");
        TimeSpan? Time(string key) => reader.Optional(key) is YamlScalar s ? ParseDuration(s) : null;
        long? Bytes(string key) => reader.Optional(key) is YamlScalar s ? ParseBytes(s) : null;
        return new LimitsSpec(Time("wall"), Time("cpu"), Bytes("memory"), reader.OptionalInt("processes"), Bytes("output"));
    }

    internal static TimeSpan ParseDuration(YamlScalar scalar) =>
        TryParseDuration(scalar.Value, out var duration) ? duration : throw SpecError.BadValue(scalar, $"'{scalar.Value}' is not a duration", "write e.g. 10s, 500ms or 2m");

    internal static long ParseBytes(YamlScalar scalar) =>
        TryParseBytes(scalar.Value, out var bytes) ? bytes : throw SpecError.BadValue(scalar, $"'{scalar.Value}' is not a size", "write e.g. 512MiB, 1GiB or 64KiB");

    /// <summary>"10s", "500ms", "2m", "1.5s" or a bare number of seconds.</summary>
    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = default;
        var match = Quantity().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        double? seconds = match.Groups[2].Value.ToLowerInvariant() switch
        {
            "" or "s" => number,
            "ms" => number / 1000,
            "m" or "min" => number * 60,
            _ => null,
        };
        if (seconds is not { } s || s <= 0)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(s);
        return true;
    }

    /// <summary>"1GiB", "512MiB", "64KiB", "1GB", "1000" (bytes).</summary>
    public static bool TryParseBytes(string text, out long bytes)
    {
        bytes = 0;
        var match = Quantity().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        double? factor = match.Groups[2].Value.ToLowerInvariant() switch
        {
            "" or "b" => 1,
            "k" or "kb" => 1e3,
            "kib" => 1024,
            "m" or "mb" => 1e6,
            "mib" => 1024 * 1024,
            "g" or "gb" => 1e9,
            "gib" => 1024.0 * 1024 * 1024,
            _ => null,
        };
        if (factor is not { } f || number <= 0)
        {
            return false;
        }

        bytes = (long)(number * f);
        return true;
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*([A-Za-z]*)$")]
    private static partial Regex Quantity();
}
