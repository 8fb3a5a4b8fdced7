namespace Grader.Specs;

/// <summary>Errors in the syntax of a model or an output expression.</summary>
public static partial class SpecError
{
    internal static SpecException UnexpectedCharacter(SourceText source, int offset, char c) =>
        InText(source, offset, 1, $"unexpected character '{c}'");

    internal static SpecException UnclosedBracket(SourceText source, int offset, char bracket) =>
        InText(source, offset, 1, $"'{bracket}' was never closed", $"add the matching '{(bracket == '(' ? ')' : ']')}'");

    internal static SpecException UnmatchedBracket(SourceText source, int offset, char bracket) =>
        InText(source, offset, 1, $"unmatched '{bracket}'");

    internal static SpecException BadNumber(SourceText source, int offset, string text) =>
        InText(source, offset, text.Length, $"'{text}' is not a number");

    internal static SpecException InconsistentDedent(SourceText source, int offset) =>
        InText(source, offset, 1, "this line's indentation does not match any enclosing block");

    internal static SpecException UnexpectedIndent(SourceText source, int offset) =>
        InText(source, offset, 1, "unexpected indentation", "only the body of a 'for' loop is indented");

    /// <param name="found">The token there, described ("')'", "end of line").</param>
    internal static SpecException ExpectedToken(SourceText source, int offset, int length, string found, string expected) =>
        InText(source, offset, length, $"expected {expected}, found {found}");

    internal static SpecException ExpectedStatement(SourceText source, int offset, int length, string found) =>
        InText(
            source,
            offset,
            length,
            $"expected a statement, found {found}",
            "a model is made of assignments 'name = expression' and 'for i in range(...):' loops");

    internal static SpecException ExpectedRange(SourceText source, int offset, int length) =>
        InText(source, offset, length, "a for loop must iterate over range(...)", "write 'for i in range(stop):' or 'range(start, stop, step)'");

    internal static SpecException UnknownAttribute(SourceText source, int offset, int length, string name) =>
        InText(source, offset, length, $"unknown attribute '.{name}'", "the only attribute is '.T' (transpose)");

    internal static SpecException NotCallable(SourceText source, int offset, int length) =>
        InText(source, offset, length, "only a function name can be called");

    internal static SpecException PositionalAfterKeyword(SourceText source, int offset, int length) =>
        InText(source, offset, length, "a positional argument cannot follow a keyword argument");
}
