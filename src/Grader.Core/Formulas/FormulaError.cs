using System.Globalization;
using Grader.Formulas.Latex;
using Grader.Specs;

namespace Grader.Formulas;

/// <summary>
/// Every message about a formula answer, in one place. Each is a <see cref="SpecException"/> located in
/// the formula's <see cref="SourceText"/>, so it renders like any other error: the file position, the
/// formula with a caret under the spot, and a hint.
/// </summary>
internal static partial class FormulaError
{
    public static SpecException TooLong(SourceText source, int length) =>
        SpecError.InText(
            source,
            FormulaLimits.MaxLength,
            1,
            string.Create(CultureInfo.InvariantCulture, $"the formula is {length} characters long; a formula may have at most {FormulaLimits.MaxLength}"),
            "write the final result only, not the derivation");

    public static SpecException TooDeep(SourceText source, int offset, int length) =>
        SpecError.InText(
            source,
            offset,
            length,
            string.Create(CultureInfo.InvariantCulture, $"the formula nests more than {FormulaLimits.MaxNesting} levels deep here"),
            "a formula may nest brackets, fractions and scripts at most that deep");

    public static SpecException TreeTooDeep(SourceText source, int offset, int length) =>
        SpecError.InText(
            source,
            offset,
            length,
            string.Create(CultureInfo.InvariantCulture, $"the formula has more than {FormulaLimits.MaxTreeDepth} operations in a chain"),
            "write the final result only, in a shorter form");

    public static SpecException Empty(SourceText source) =>
        SpecError.InText(source, 0, 1, "the formula is empty");

    public static SpecException UnexpectedCharacter(SourceText source, int offset, char c) =>
        SpecError.InText(source, offset, 1, $"unexpected character '{c}' in a formula");

    public static SpecException NameWithoutBraces(SourceText source, int offset, int length, string command) =>
        SpecError.InText(source, offset, length, $"{command} needs its name in braces", $"write {command}{{softmax}}");

    public static SpecException Expected(SourceText source, LatexToken found, string what) =>
        SpecError.InText(source, found.Offset, Math.Max(1, found.Length), $"expected {what}, found {found.Describe()}");

    public static SpecException Unclosed(SourceText source, LatexToken open, LatexToken found) =>
        SpecError.InText(
            source,
            open.Offset,
            open.Length,
            $"'{open.Text}' is not closed (found {found.Describe()} where it should close)",
            "close every bracket and brace with its own kind, in order");

    public static SpecException TwoScripts(SourceText source, int offset, int length, string what) =>
        SpecError.InText(source, offset, length, $"this symbol has two {what}", "group them in one pair of braces, or bracket the symbol first");

    public static SpecException SumIndex(SourceText source, int offset, int length) =>
        SpecError.InText(
            source,
            offset,
            length,
            "a sum needs an index: \\sum_{i=1}^{N} or \\sum_i",
            "a formula sums over the rows of the problem's arrays only (the batch index, or the entries of a vector)");

    public static SpecException Derivative(SourceText source, int offset, int length, string command) =>
        SpecError.InText(
            source,
            offset,
            length,
            $"{command} is not part of a result: a formula answer is what the derivative equals",
            "give only the right-hand side, e.g. \\frac{1}{N}(\\psi(z^{(3)}_i) - \\Delta_i) (a left side ending in '=' is dropped)");

    public static SpecException UnsupportedCommand(SourceText source, int offset, int length, string command) =>
        SpecError.InText(source, offset, length, $"{command} is not part of the formula language", "see docs/formula-answers.md for what a formula may use");

    public static SpecException OnehotSize(SourceText source, int offset, int length) =>
        SpecError.InText(source, offset, length, "the number of classes of onehot must be the problem's dimension symbol", "write onehot(y, K)");
}
