using Grader.Specs.Yaml;
using Grader.Values;

namespace Grader.Specs;

/// <summary>
/// Reads a problem spec (<c>problems/&lt;id&gt;.yaml</c>) into a <see cref="ProblemSpec"/>, checking
/// its structure as it goes. Every mistake in the file is a <see cref="SpecException"/> that names
/// the file, line and column. The model itself is compiled later, by the reference engine.
/// </summary>
public static partial class SpecLoader
{
    internal static readonly string[] TopLevelKeys =
    [
        "id", "title", "points", "source", "statement", "python", "csharp", "inputs", "model", "outputs",
        "tolerance", "answer_tolerance", "batch", "subgradients", "scoring", "limits", "cases", "hidden",
        "mistakes", "descent_check", "order", "notation", "identity_from", "variant", "experiment",
    ];

    // Float64 work agrees with the reference to ~1e-13; float32 work only to ~1e-7, and must not pass.
    public static readonly Tolerance DefaultTolerance = new(1e-8, 1e-10);

    // Four significant digits typed by hand (−2.732 for −2.7319999…, 0.002312 for 0.0023117).
    public static readonly Tolerance DefaultAnswerTolerance = new(1e-3, 1e-5);

    public static ProblemSpec LoadFile(string path, string? displayPath = null)
    {
        var text = System.IO.File.ReadAllText(path);
        return Load(new SpecFile(displayPath ?? path, text, System.IO.Path.GetFullPath(path)));
    }

    public static ProblemSpec Load(SpecFile file)
    {
        var top = MappingReader.Of(YamlReader.Read(file), "the spec", TopLevelKeys);
        var id = top.RequireString("id", "id: toy-network");
        var expectedId = Path.GetFileNameWithoutExtension(file.Path);
        if (expectedId != id && !file.Path.StartsWith('<'))
        {
            throw SpecError.At(top.Require("id", string.Empty), $"the id '{id}' differs from the file name '{Path.GetFileName(file.Path)}'", $"name the file {id}.yaml or set id: {expectedId}");
        }

        var inputs = ReadInputs(top.Require("inputs", "inputs: {X: [N, 2], t: [N]}"));
        var model = top.Optional("model") is { } modelNode ? AsText(modelNode, "'model'") : null;
        var experimentNode = top.Optional("experiment");
        var outputs = ReadOutputs(top.Require("outputs", "outputs: {W1: grad(L, W1)}"), "'outputs'", shapeOnly: experimentNode is not null);
        var experiment = experimentNode is null ? null : ReadExperiment(top, experimentNode, inputs, outputs);
        var points = top.RequireNumber("points", "points: 20");
        if (points <= 0 || !double.IsFinite(points))
        {
            throw SpecError.BadValue(top.Require("points", string.Empty), "points must be a positive number");
        }

        return new ProblemSpec
        {
            File = file,
            Id = id,
            Title = top.RequireString("title", "title: Gradients of a 2-3-1 ReLU network"),
            Points = points,
            Source = top.OptionalString("source"),
            Statement = top.OptionalString("statement"),
            PythonName = CodeName(top, "python", "python: toy_network_gradients", "csharp"),
            CSharpName = CodeName(top, "csharp", "csharp: ToyNetworkGradients", "python"),
            Inputs = inputs,
            Model = model,
            Outputs = outputs,
            Tolerance = ReadTolerance(top.Optional("tolerance"), DefaultTolerance),
            AnswerTolerance = ReadTolerance(top.Optional("answer_tolerance"), DefaultAnswerTolerance),
            BatchDimension = ReadBatch(top, inputs),
            Subgradients = ReadSubgradients(top.Optional("subgradients")),
            OutputWeights = ReadScoring(top.Optional("scoring"), outputs),
            StepsShare = ReadStepsShare(top.Optional("scoring")),
            Limits = top.Optional("limits") is { } limits ? ReadLimits(limits) : null,
            Cases = experiment is null ? ReadCases(top.Require("cases", "cases: [{name: public, inputs: {...}, approved: {...}}]"), inputs, outputs) : [],
            Experiment = experiment,
            Hidden = top.Optional("hidden") is { } hidden ? ReadHidden(hidden, inputs) : null,
            Mistakes = top.Optional("mistakes") is { } mistakes ? ReadMistakes(mistakes, outputs) : [],
            DescentCheck = top.Optional("descent_check") is { } descent ? ReadDescentCheck(descent, outputs) : null,
            Order = top.OptionalInt("order") ?? int.MaxValue,
            Notation = top.Optional("notation") is { } notation ? ReadNotation(notation, outputs) : null,
            IdentityFrom = top.Optional("identity_from") is { } from ? AsText(from, "'identity_from'") : null,
            Variant = experiment is null ? ReadVariant(top.Optional("variant"), inputs) : VariantSpec.None,
        };
    }

    /// <summary>The function's name in one language; both names or neither (a problem answered by a write-up or a formula only).</summary>
    private static string? CodeName(MappingReader reader, string key, string example, string other)
    {
        if (reader.Optional(key) is null)
        {
            return reader.Optional(other) is { } given
                ? throw SpecError.At(given, $"'{other}' is given without '{key}'", $"give both {key} and {other} (code answers the problem), or neither (a write-up or a formula answers it)")
                : null;
        }

        return RequireIdentifier(reader, key, example);
    }

    private static string RequireIdentifier(MappingReader reader, string key, string example)
    {
        var value = reader.RequireString(key, example);
        if (value.Length == 0 || !(char.IsLetter(value[0]) || value[0] == '_') || !value.All(c => char.IsLetterOrDigit(c) || c == '_'))
        {
            throw SpecError.BadValue(reader.Require(key, example), $"'{value}' is not a valid function name", "use letters, digits and '_', starting with a letter");
        }

        return value;
    }

    private static SourceText AsText(YamlNode node, string what) =>
        node is YamlScalar scalar ? scalar.ToSourceText() : throw SpecError.WrongType(node, "text (use 'key: |' for several lines)", what);

    private static Tolerance ReadTolerance(YamlNode? node, Tolerance fallback)
    {
        if (node is null)
        {
            return fallback;
        }

        var reader = MappingReader.Of(node, "a tolerance", "rtol", "atol");
        var tolerance = new Tolerance(reader.OptionalNumber("rtol") ?? fallback.Rtol, reader.OptionalNumber("atol") ?? fallback.Atol);
        if (tolerance.Rtol < 0 || tolerance.Atol < 0 || !double.IsFinite(tolerance.Rtol) || !double.IsFinite(tolerance.Atol))
        {
            throw SpecError.BadValue(node, "rtol and atol must be finite and not negative");
        }

        return tolerance;
    }

    private static string? ReadBatch(MappingReader top, IReadOnlyList<InputSpec> inputs)
    {
        if (top.Optional("batch") is not { } node)
        {
            return null;
        }

        var name = top.AsString(node, "batch");
        var known = inputs.SelectMany(i => i.Shape).Distinct().ToList();
        return known.Contains(name)
            ? name
            : throw SpecError.BadValue(node, $"'{name}' is not a dimension of any input{Suggestions.DidYouMean(name, known)}", "batch names the dimension that counts examples, e.g. batch: N");
    }

    private static IReadOnlyDictionary<string, SubgradientSet> ReadSubgradients(YamlNode? node)
    {
        var sets = new Dictionary<string, SubgradientSet>
        {
            ["relu"] = new(0, 1),
            ["abs"] = new(-1, 1),
            ["sign"] = new(-1, 1),
        };
        if (node is null)
        {
            return sets;
        }

        var reader = MappingReader.Of(node, "'subgradients'", "relu", "abs", "sign");
        foreach (var (key, value) in reader.Mapping.Entries)
        {
            var pair = MappingReader.AsSequence(value, $"subgradients.{key.Value}");
            if (pair.Items.Count != 2)
            {
                throw SpecError.BadValue(value, $"subgradients.{key.Value} must be [low, high]", "e.g. relu: [0, 1]");
            }

            var low = MappingReader.AsNumber(pair.Items[0], $"subgradients.{key.Value}");
            var high = MappingReader.AsNumber(pair.Items[1], $"subgradients.{key.Value}");
            sets[key.Value] = low <= high ? new(low, high) : throw SpecError.BadValue(value, "the low end is above the high end");
        }

        return sets;
    }

    private static Dictionary<string, double>? ReadScoring(YamlNode? node, IReadOnlyList<OutputSpec> outputs)
    {
        if (node is null)
        {
            return null;
        }

        var reader = MappingReader.Of(node, "'scoring'", "outputs", "steps");
        if (reader.Optional("outputs") is not { } weightsNode)
        {
            return null;
        }

        var weights = MappingReader.Of(weightsNode, "scoring.outputs", [.. outputs.Select(o => o.Name)]);
        var result = new Dictionary<string, double>();
        foreach (var output in outputs)
        {
            var weight = weights.OptionalNumber(output.Name) ?? 1;
            result[output.Name] = weight >= 0 ? weight : throw SpecError.BadValue(weights.Mapping[output.Name]!, "a weight cannot be negative");
        }

        return result;
    }

    /// <summary><c>scoring: {steps: 0.3}</c>: the share of the points a derivation's steps earn.</summary>
    private static double ReadStepsShare(YamlNode? node)
    {
        if (node is null || MappingReader.Of(node, "'scoring'", "outputs", "steps").Optional("steps") is not { } steps)
        {
            return 0;
        }

        var share = MappingReader.AsNumber(steps, "'steps' in 'scoring'");
        return share is >= 0 and < 1 ? share : throw SpecError.BadValue(steps, "the steps' share of the points is at least 0 and less than 1 (the result earns the rest)");
    }
}
