using Grader.Specs.Yaml;

namespace Grader.Specs;

public static partial class SpecLoader
{
    /// <summary>The datasets Debian's python3-sklearn ships as files, by the name a spec gives.</summary>
    public static readonly string[] ExperimentDatasets = ["digits", "breast_cancer"];

    /// <summary>The grader's own trainers a spec's <c>experiment.reference</c> may name.</summary>
    public static readonly string[] ReferenceTrainers = ["softmax-sgd", "two-layer", "logistic-l2"];

    private static readonly string[] ExperimentKeys =
        ["dataset", "features", "split", "data", "score", "predictions", "runs", "accuracy", "regularization", "reference", "requires", "margin"];

    /// <summary>Keys that have no meaning for a training problem: its runs are its cases, its accuracy its check.</summary>
    private static readonly string[] NotInExperiment = ["cases", "hidden", "mistakes", "descent_check", "notation", "identity_from", "variant", "batch", "tolerance", "answer_tolerance", "scoring", "subgradients"];

    private static ExperimentSpec ReadExperiment(MappingReader top, YamlNode node, IReadOnlyList<InputSpec> inputs, IReadOnlyList<OutputSpec> outputs)
    {
        foreach (var key in NotInExperiment)
        {
            if (top.Mapping.KeyNode(key) is { } given)
            {
                throw SpecError.NotInExperiment(given);
            }
        }

        var reader = MappingReader.Of(node, "'experiment'", ExperimentKeys);
        var datasetNode = reader.Require("dataset", "dataset: digits");
        var dataset = reader.AsString(datasetNode, "dataset");
        if (!ExperimentDatasets.Contains(dataset))
        {
            throw SpecError.UnknownDataset(datasetNode, dataset, ExperimentDatasets);
        }

        var data = ReadDataParts(reader.Require("data", "data: {X: train.X, y: train.y}"), inputs);
        var (score, predictions) = ReadPrediction(reader, node, outputs);
        var accuracy = ReadThresholds(reader.Require("accuracy", "accuracy: {zero: 0.5, full: 0.9}"));
        var runs = ReadRuns(reader.Require("runs", "runs: [{name: main, params: {lr: 0.5}}]"), inputs, data, accuracy);
        var (testShare, seed) = ReadSplit(reader.Require("split", "split: {test: 0.25, seed: 1818}"));
        var margin = reader.OptionalNumber("margin") ?? 0.02;
        if (!(margin >= 0 && margin < 1))
        {
            throw SpecError.BadValue(reader.Require("margin", string.Empty), "margin must be at least 0 and below 1", "e.g. margin: 0.02");
        }

        return new ExperimentSpec(
            dataset,
            ReadFeatures(reader.Optional("features")),
            testShare,
            seed,
            data,
            score,
            predictions,
            runs,
            reader.Optional("regularization") is { } regularization ? ReadRegularization(regularization, runs) : null,
            ReadReferenceTraining(reader.Require("reference", "reference: {trainer: softmax-sgd}")),
            reader.Optional("requires") is { } requires ? [.. MappingReader.AsSequence(requires, "experiment.requires").Items.Select(i => RequireModule(reader, i))] : [],
            margin,
            node.Location);
    }

    private static string RequireModule(MappingReader reader, YamlNode item)
    {
        var name = reader.AsString(item, "requires");
        return name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.')
            ? name
            : throw SpecError.BadValue(item, $"'{name}' is not a Python module name", "e.g. requires: [torch]");
    }

    private static Dictionary<string, DataPart> ReadDataParts(YamlNode node, IReadOnlyList<InputSpec> inputs)
    {
        var names = inputs.Select(i => i.Name).ToArray();
        var reader = MappingReader.Of(node, "experiment.data", names);
        var parts = new Dictionary<string, DataPart>(StringComparer.Ordinal);
        foreach (var (key, value) in reader.Mapping.Entries)
        {
            var input = inputs.First(i => i.Name == key.Value);
            var text = reader.AsString(value, key.Value);
            DataPart part = text switch
            {
                "train.X" => DataPart.TrainFeatures,
                "train.y" => DataPart.TrainLabels,
                "test.X" => DataPart.TestFeatures,
                "test.y" => throw SpecError.TestLabelsToStudent(value),
                _ => throw SpecError.BadValue(value, $"'{text}' is not a part of the split", "write train.X, train.y or test.X"),
            };
            var expected = part == DataPart.TrainLabels ? (InputKind.Int, 1) : (InputKind.Float, 2);
            if (input.Kind != expected.Item1 || input.Shape.Count != expected.Item2)
            {
                throw SpecError.BadValue(value, $"input '{key.Value}' is declared {input.DescribeShape()}, but {text} is {(part == DataPart.TrainLabels ? "int (N,)" : "(N, D)")}", "declare it so in 'inputs'");
            }

            parts[key.Value] = part;
        }

        if (!parts.ContainsValue(DataPart.TrainFeatures) || !parts.ContainsValue(DataPart.TrainLabels))
        {
            throw SpecError.BadValue(node, "experiment.data must hand out train.X and train.y", "e.g. data: {X: train.X, y: train.y}");
        }

        return parts;
    }

    private static (SourceText? Score, string? Predictions) ReadPrediction(MappingReader reader, YamlNode node, IReadOnlyList<OutputSpec> outputs)
    {
        var score = reader.Optional("score");
        var predictions = reader.Optional("predictions");
        if ((score is null) == (predictions is null))
        {
            throw SpecError.BadValue(node, "an experiment needs exactly one of 'score' (an expression of the returned weights) and 'predictions' (the output holding predicted labels)", "e.g. score: X @ W + b");
        }

        if (predictions is not null)
        {
            var name = reader.AsString(predictions, "predictions");
            return outputs.Any(o => o.Name == name)
                ? (null, name)
                : throw SpecError.BadValue(predictions, $"'{name}' is not an output{Suggestions.DidYouMean(name, outputs.Select(o => o.Name))}", "name the output that holds the predicted labels");
        }

        return (AsText(score!, "experiment.score"), null);
    }

    private static AccuracyThresholds ReadThresholds(YamlNode node)
    {
        var reader = MappingReader.Of(node, "an accuracy threshold", "zero", "full");
        var thresholds = new AccuracyThresholds(reader.RequireNumber("zero", "zero: 0.5"), reader.RequireNumber("full", "full: 0.9"));
        return thresholds.Zero >= 0 && thresholds.Zero < thresholds.Full && thresholds.Full <= 1
            ? thresholds
            : throw SpecError.BadValue(node, "thresholds must satisfy 0 ≤ zero < full ≤ 1", "e.g. accuracy: {zero: 0.5, full: 0.9}");
    }

    private static List<ExperimentRunSpec> ReadRuns(YamlNode node, IReadOnlyList<InputSpec> inputs, Dictionary<string, DataPart> data, AccuracyThresholds accuracy)
    {
        var runs = new List<ExperimentRunSpec>();
        var parameters = inputs.Where(i => !data.ContainsKey(i.Name)).ToList();
        foreach (var item in MappingReader.AsSequence(node, "experiment.runs").Items)
        {
            var run = MappingReader.Of(item, "a run", "name", "params", "accuracy");
            var name = run.RequireString("name", "name: main");
            if (runs.Any(r => r.Name == name))
            {
                throw SpecError.BadValue(run.Require("name", string.Empty), $"two runs are named '{name}'", "give each run its own name");
            }

            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            var given = run.Optional("params") is { } p ? MappingReader.Of(p, $"the params of run '{name}'", [.. parameters.Select(i => i.Name)]) : null;
            foreach (var input in parameters)
            {
                var valueNode = given?.Optional(input.Name) ?? throw SpecError.MissingParam(item, name, input.Name);
                var value = MappingReader.AsNumber(valueNode, $"params.{input.Name}");
                if (input.Shape.Count > 0 || (input.Kind == InputKind.Int && value != Math.Floor(value)) || !double.IsFinite(value))
                {
                    throw SpecError.BadValue(valueNode, $"params.{input.Name} must be {input.DescribeShape()}", "a hyperparameter is one number (an int where the input is int)");
                }

                values[input.Name] = value;
            }

            var thresholds = run.Optional("accuracy") is { } own ? ReadThresholds(own) : accuracy;
            runs.Add(new ExperimentRunSpec(name, values, thresholds, item.Location));
        }

        return runs.Count > 0 ? runs : throw SpecError.BadValue(node, "an experiment needs at least one run", "e.g. runs: [{name: main, params: {lr: 0.5}}]");
    }

    private static (double Test, int Seed) ReadSplit(YamlNode node)
    {
        var reader = MappingReader.Of(node, "experiment.split", "test", "seed");
        var test = reader.RequireNumber("test", "test: 0.25");
        return test is > 0 and < 1
            ? (test, reader.OptionalInt("seed") ?? throw SpecError.MissingKey(reader.Mapping, "seed", "experiment.split", "seed: 1818"))
            : throw SpecError.BadValue(reader.Require("test", string.Empty), "the test share must lie strictly between 0 and 1", "e.g. test: 0.25");
    }

    private static FeatureScaling ReadFeatures(YamlNode? node)
    {
        if (node is null)
        {
            return new FeatureScaling(1, false);
        }

        var reader = MappingReader.Of(node, "experiment.features", "divide", "standardize");
        var divide = reader.OptionalNumber("divide") ?? 1;
        var standardize = reader.Optional("standardize") is { } s && reader.AsString(s, "standardize") switch
        {
            "true" => true,
            "false" => false,
            _ => throw SpecError.BadValue(s, "standardize is true or false"),
        };
        return divide > 0 && double.IsFinite(divide) ? new FeatureScaling(divide, standardize) : throw SpecError.BadValue(reader.Require("divide", string.Empty), "divide must be a positive number", "e.g. divide: 16");
    }

    private static RegularizationCheckSpec ReadRegularization(YamlNode node, List<ExperimentRunSpec> runs)
    {
        var reader = MappingReader.Of(node, "experiment.regularization", "weaker", "stronger", "share");
        string Run(string key)
        {
            var name = reader.RequireString(key, $"{key}: main");
            return runs.Any(r => r.Name == name)
                ? name
                : throw SpecError.BadValue(reader.Require(key, string.Empty), $"'{name}' is not a run{Suggestions.DidYouMean(name, runs.Select(r => r.Name))}", "name one of experiment.runs");
        }

        var share = reader.RequireNumber("share", "share: 0.2");
        return share is > 0 and < 1
            ? new RegularizationCheckSpec(Run("weaker"), Run("stronger"), share, node.Location)
            : throw SpecError.BadValue(reader.Require("share", string.Empty), "share must lie strictly between 0 and 1", "e.g. share: 0.2");
    }

    private static ReferenceTrainingSpec ReadReferenceTraining(YamlNode node)
    {
        var reader = MappingReader.Of(node, "experiment.reference", "trainer", "params");
        var trainerNode = reader.Require("trainer", "trainer: softmax-sgd");
        var trainer = reader.AsString(trainerNode, "trainer");
        if (!ReferenceTrainers.Contains(trainer))
        {
            throw SpecError.BadValue(trainerNode, $"unknown trainer '{trainer}'{Suggestions.DidYouMean(trainer, ReferenceTrainers)}", "trainers: " + string.Join(", ", ReferenceTrainers));
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (reader.Optional("params") is { } p)
        {
            foreach (var (key, value) in MappingReader.AsMapping(p, "experiment.reference.params").Entries)
            {
                values[key.Value] = MappingReader.AsNumber(value, $"experiment.reference.params.{key.Value}");
            }
        }

        return new ReferenceTrainingSpec(trainer, values, node.Location);
    }
}
