
namespace Grader.Specs;

/// <summary>Shape and value errors found when compiling (symbolic shapes) or running (concrete shapes) a model.</summary>
public static partial class SpecError
{
    internal static SpecException CannotBroadcast(SourceText source, int offset, int length, string op, string left, string right, string dimLeft, string dimRight) =>
        InText(
            source,
            offset,
            length,
            $"shapes {left} and {right} cannot be broadcast together for '{op}': dimensions {dimLeft} and {dimRight} differ",
            "trailing dimensions must be equal or 1");

    internal static SpecException MatMulMisaligned(SourceText source, int offset, int length, string left, string right, string inner1, string inner2) =>
        InText(source, offset, length, $"shapes {left} and {right} do not align for '@': inner dimensions {inner1} and {inner2} differ");

    internal static SpecException NotAMatrix(SourceText source, int offset, int length, string op, string shape) =>
        InText(source, offset, length, $"'{op}' needs vectors or matrices, got shape {shape}");

    internal static SpecException PickMismatch(SourceText source, int offset, int length, string scores, string labels) =>
        InText(source, offset, length, $"pick needs scores (N, K) with labels (N,), or a vector with one label; got shapes {scores} and {labels}");

    internal static SpecException ExpectedArray(SourceText source, int offset, int length, string what, string got) =>
        InText(source, offset, length, $"{what} needs an array, got {got}");

    internal static SpecException ExpectedList(SourceText source, int offset, int length, string got) =>
        InText(source, offset, length, $"only a list can be indexed with an integer here, got {got}");

    internal static SpecException ListPlusArray(SourceText source, int offset, int length, string got) =>
        InText(source, offset, length, $"a list is extended with a list, got {got}", "put the array in brackets: acts = acts + [a]");

    internal static SpecException ExpectedInteger(SourceText source, int offset, int length, string what, string got) =>
        InText(source, offset, length, $"{what} must be an integer, got {got}");

    internal static SpecException ExpectedScalar(SourceText source, int offset, int length, string what, string shape) =>
        InText(source, offset, length, $"{what} needs a single number, got shape {shape}");

    /// <summary>An operation met concrete shapes (or values) that do not fit while the model ran.</summary>
    internal static SpecException AtRuntime(SourceText source, int offset, int length, string problem) =>
        InText(source, offset, length, problem, "this happened while evaluating the model on the case's inputs");

    internal static SpecException InvalidInput(string name, string problem) =>
        new(new SourceLocation($"input '{name}'", 1, 1), problem);
}
