using Grader.Specs;

namespace Grader.Formulas;

/// <summary>Errors about what a formula's symbols name.</summary>
internal static partial class FormulaError
{
    public static SpecException UnknownSymbol(SourceText source, int offset, int length, string spelling, IEnumerable<string> known) =>
        SpecError.InText(
            source,
            offset,
            length,
            $"unknown symbol {spelling}{Suggestions.DidYouMean(spelling, known)}",
            "this problem's symbols: " + string.Join(", ", known.Order(StringComparer.Ordinal)));

    public static SpecException FunctionWithoutArgument(SourceText source, int offset, int length, string spelling, string? meaning = null) =>
        SpecError.InText(
            source,
            offset,
            length,
            $"{spelling} is a function and needs an argument",
            (meaning is null ? string.Empty : $"{spelling} is {meaning} in this problem: ") + $"write {spelling}(...), e.g. {spelling}(z^{{(3)}}_i)");

    public static SpecException ForbiddenFunction(SourceText source, int offset, int length, string name) =>
        SpecError.InText(
            source,
            offset,
            length,
            $"a formula answer may not use '{name}'",
            "write the derivative out: a formula may name the problem's inputs, its dimensions and the model's intermediate values");

    public static SpecException NotAValue(SourceText source, int offset, int length, string spelling, string meaning) =>
        SpecError.InText(source, offset, length, $"{spelling} is the function {meaning} in this problem", $"apply it: {spelling}(...)");

    public static SpecException WrongArguments(SourceText source, int offset, int length, string spelling, string expected) =>
        SpecError.InText(source, offset, length, $"{spelling} takes {expected} here");

    public static SpecException BadSubscript(SourceText source, int offset, int length, string spelling) =>
        SpecError.InText(
            source,
            offset,
            length,
            $"cannot read the subscript of {spelling}",
            "a subscript is a row index (z^{(3)}_i, x_k) or part of a symbol this problem lists; entries of a matrix (W_{jk}) are not supported");

    public static SpecException UnknownOnehot(SourceText source, int offset, int length, string spelling) =>
        SpecError.InText(
            source,
            offset,
            length,
            $"{spelling} compares with a label, which this problem does not define",
            "use the one-hot symbol of the problem's notation (e.g. \\Delta_i)");

    public static SpecException Indicator(SourceText source, int offset, int length) =>
        SpecError.InText(source, offset, length, "an indicator must compare with 0: \\mathbb{1}[u > 0] or \\mathbb{1}[u < 0]");

    public static SpecException NotationSpelling(SourceText spelling) =>
        SpecError.InText(
            spelling,
            0,
            Math.Max(1, spelling.Text.Length),
            $"a notation spelling must be one LaTeX symbol, such as W^{{(1)}}, \\psi or \\Delta_i; found '{spelling.Text}'");

    public static SpecException NotationTwice(SourceText spelling) =>
        SpecError.InText(spelling, 0, Math.Max(1, spelling.Text.Length), $"the notation spells '{spelling.Text}' twice");

    public static SpecException NotationMeaning(SourceText meaning, string spelling) =>
        SpecError.InText(
            meaning,
            0,
            Math.Max(1, meaning.Text.Length),
            $"the meaning of {spelling} must be a name, an expression or a function of the model language",
            "e.g. W1, onehot(y, K), softmax, or sign(relu(_)) with _ for the argument");
}

