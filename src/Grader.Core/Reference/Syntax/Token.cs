namespace Grader.Reference.Syntax;

/// <summary>A token of a model or expression; offsets index the <see cref="Specs.SourceText"/>.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Offset)
{
    public int Length => Math.Max(1, Text.Length);

    public bool Is(TokenKind kind, string text) => Kind == kind && Text == text;

    public string Describe() => Kind switch
    {
        TokenKind.Newline => "end of line",
        TokenKind.End => "end of text",
        TokenKind.Indent => "an indented block",
        TokenKind.Dedent => "the end of a block",
        _ => $"'{Text}'",
    };
}
