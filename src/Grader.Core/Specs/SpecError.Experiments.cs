using Grader.Specs.Yaml;

namespace Grader.Specs;

/// <summary>Errors about a training problem's <c>experiment:</c> section.</summary>
public static partial class SpecError
{
    internal static SpecException NotInExperiment(YamlScalar key) =>
        At(key, $"'{key.Value}' has no meaning in a training problem (one with 'experiment')", "its runs are experiment.runs and it is graded by held-out accuracy (experiment.accuracy); remove the key");

    internal static SpecException UnknownDataset(YamlNode node, string name, IEnumerable<string> known) =>
        At(node, $"unknown dataset '{name}'{Suggestions.DidYouMean(name, known)}", "datasets (files of Debian's python3-sklearn): " + string.Join(", ", known));

    internal static SpecException TestLabelsToStudent(YamlNode node) =>
        At(node, "the test labels are never handed to a student's function", "hand out train.X, train.y and, where the function predicts, test.X");

    internal static SpecException MissingParam(YamlNode run, string name, string input) =>
        At(run, $"run '{name}' gives no value for '{input}'", $"every input the data does not fill is a hyperparameter: add params: {{{input}: ...}}");
}
