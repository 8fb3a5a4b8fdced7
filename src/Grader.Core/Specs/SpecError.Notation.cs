using Grader.Specs.Yaml;

namespace Grader.Specs;

/// <summary>Errors about a spec's <c>notation:</c> table (its structure; the LaTeX is read with the formulas).</summary>
public static partial class SpecError
{
    internal static SpecException NotationVectors(YamlNode node, string written, IEnumerable<string> allowed) =>
        At(node, $"'{written}' is not a way vectors stand{Suggestions.DidYouMean(written, allowed)}", $"write vectors: {string.Join(", ", allowed)}");

    internal static SpecException NotationOutput(YamlNode node, string written, IEnumerable<string> outputs) =>
        At(node, $"'{written}' is not an output of this problem{Suggestions.DidYouMean(written, outputs)}", $"write one of: {string.Join(", ", outputs)}");

    internal static SpecException NotationMeaning(YamlNode node, string spelling) =>
        At(node, $"the meaning of '{spelling}' must be one expression of the model language, not {node.Describe()}", @"write e.g. \psi: softmax, or W^{(1)}: W1");
}
