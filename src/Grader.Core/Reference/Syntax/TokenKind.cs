namespace Grader.Reference.Syntax;

internal enum TokenKind
{
    Name,
    Number,
    Plus,
    Minus,
    Star,
    Slash,
    DoubleSlash,
    Caret,
    At,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Colon,
    Comma,
    Assign,
    Dot,
    Newline,
    Indent,
    Dedent,
    End,
}
