using System.Globalization;

namespace Grader.Specs;

/// <summary>Errors about names, calls and arguments in a model or an output expression.</summary>
public static partial class SpecError
{
    internal static SpecException UnknownFunction(SourceText source, int offset, int length, string name, IEnumerable<string> functions) =>
        InText(source, offset, length, $"unknown function '{name}'{Suggestions.DidYouMean(name, functions)}");

    internal static SpecException UnknownVariable(SourceText source, int offset, int length, string name, IEnumerable<string> names) =>
        InText(
            source,
            offset,
            length,
            $"unknown variable '{name}'{Suggestions.DidYouMean(name, names)}",
            "a name must be an input, a dimension of an input's shape, or assigned before it is used");

    internal static SpecException ArgumentCount(SourceText source, int offset, int length, string function, string expected, int got) =>
        InText(
            source,
            offset,
            length,
            string.Create(CultureInfo.InvariantCulture, $"'{function}' takes {expected}, got {got}"));

    internal static SpecException UnknownKeyword(SourceText source, int offset, int length, string function, string keyword, IReadOnlyList<string> allowed) =>
        InText(
            source,
            offset,
            length,
            $"'{function}' has no argument '{keyword}'{Suggestions.DidYouMean(keyword, allowed)}",
            allowed.Count == 0 ? $"'{function}' takes no keyword arguments" : $"its keyword arguments: {string.Join(", ", allowed)}");

    internal static SpecException AxisNotLiteral(SourceText source, int offset, int length) =>
        InText(source, offset, length, "axis must be an integer literal such as 0, 1 or -1");

    internal static SpecException AxisOutOfRange(SourceText source, int offset, int length, int axis, string shape) =>
        InText(source, offset, length, string.Create(CultureInfo.InvariantCulture, $"axis {axis} is out of range for an array of shape {shape}"));

    internal static SpecException GradOfNonScalar(SourceText source, int offset, int length, string shape) =>
        InText(source, offset, length, $"grad needs a scalar to differentiate, this has shape {shape}", "reduce it first, e.g. with sum(...) or mean(...)");

    internal static SpecException GradWrtNotVariable(SourceText source, int offset, int length) =>
        InText(source, offset, length, "the second argument of grad must be the name of an input or a model variable");

    internal static SpecException GradWrtInteger(SourceText source, int offset, int length, string name) =>
        InText(source, offset, length, $"cannot differentiate with respect to '{name}': it holds integers");

}
