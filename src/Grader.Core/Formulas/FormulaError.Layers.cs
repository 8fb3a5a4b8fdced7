using System.Globalization;
using Grader.Specs;

namespace Grader.Formulas;

/// <summary>Errors of formulas written layer by layer, and of a spec's <c>notation.layers</c>.</summary>
internal static partial class FormulaError
{
    public static SpecException LayerCount(SourceText source, string got) =>
        SpecError.InText(source, 0, source.Text.Length, $"the number of layers must be an integer, got {got}", "write count: len(weights)");

    public static SpecException LayerShapedLike(SourceText source, string got) =>
        SpecError.InText(source, 0, source.Text.Length, $"a per-layer definition is shaped like a list input, got {got}", @"write e.g. \delta: biases");

    /// <param name="spelling">The definition as the student would write it: <c>\delta</c>.</param>
    public static SpecException DefinitionMissing(SourceText source, int offset, int length, string spelling, string missing) =>
        SpecError.InText(
            source,
            offset,
            length,
            $"{spelling}^l is used here, but answers.yaml does not define {missing}",
            $"define it beside the outputs: {spelling}^L for the last layer, and {spelling}^l from {spelling}^{{l+1}}");

    public static SpecException DefinitionAhead(SourceText source, int offset, int length, string spelling, int layer, int used) =>
        SpecError.InText(
            source,
            offset,
            length,
            string.Create(CultureInfo.InvariantCulture, $"computing {spelling}^l for l = {layer}, this uses {spelling} of layer {used}, which is not known yet"),
            $"{spelling}^l is computed from the last layer down: it may use {spelling}^{{l+1}}, not {spelling}^l itself or an earlier layer");

    public static SpecException LayerOutOfRange(SourceText source, int offset, int length, int layer, int count) =>
        SpecError.InText(
            source,
            offset,
            length,
            string.Create(CultureInfo.InvariantCulture, $"layer {layer} does not exist: the layers of this case are 1 to {count}"),
            "a^0 is the input x; every other layered symbol runs from layer 1 to L");

    public static SpecException LayerNotArray(SourceText source, string got) =>
        SpecError.InText(source, 0, source.Text.Length, $"one layer of this formula is {got}, not an array", "write the formula for one layer l: it is evaluated for l = 1 to L");
}
