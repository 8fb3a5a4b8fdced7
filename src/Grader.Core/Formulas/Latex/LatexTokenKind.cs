namespace Grader.Formulas.Latex;

internal enum LatexTokenKind
{
    /// <summary>A single letter: LaTeX math spells every letter as its own symbol (<c>ab</c> is a times b).</summary>
    Letter,

    Number,

    /// <summary>A control word such as <c>\psi</c> or <c>\frac</c>.</summary>
    Command,

    /// <summary>The upright name inside <c>\text{}</c>, <c>\mathrm{}</c> or <c>\operatorname{}</c>.</summary>
    Name,

    OpenBrace,
    CloseBrace,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,

    /// <summary><c>\{</c>: a grouping brace that is printed.</summary>
    OpenSet,
    CloseSet,
    Caret,
    Underscore,
    Plus,
    Minus,
    Star,
    Slash,
    Comma,
    Bar,
    DoubleBar,
    Prime,
    Equals,
    Less,
    Greater,
    End,
}
