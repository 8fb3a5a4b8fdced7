using Grader.Specs;

namespace Grader.Formulas.Latex;

/// <summary>
/// Splits a LaTeX formula into tokens. What only changes how a formula looks is dropped here:
/// math delimiters, spacing, sizing (<c>\left</c>, <c>\Big</c>), bold and display styles, tags.
/// Bracket nesting is bounded as the brackets open, before anything recurses over them.
/// </summary>
internal sealed partial class LatexLexer(SourceText source)
{
    private readonly string _text = source.Text;
    private readonly List<LatexToken> _tokens = [];
    private int _position;
    private int _depth;

    public static IReadOnlyList<LatexToken> Tokenize(SourceText source)
    {
        if (source.Text.Length > FormulaLimits.MaxLength)
        {
            throw FormulaError.TooLong(source, source.Text.Length);
        }

        return new LatexLexer(source).Run();
    }

    private List<LatexToken> Run()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (char.IsWhiteSpace(c) || c is '$' or '&' or '~')
            {
                _position++;
            }
            else if (c == '\\')
            {
                ReadCommand();
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && _position + 1 < _text.Length && char.IsAsciiDigit(_text[_position + 1])))
            {
                ReadNumber();
            }
            else if (char.IsLetter(c))
            {
                Add(LatexTokenKind.Letter, 1);
            }
            else
            {
                ReadPunctuation(c);
            }
        }

        _tokens.Add(new LatexToken(LatexTokenKind.End, string.Empty, _text.Length, 0));
        return _tokens;
    }

    private void ReadNumber()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiDigit(_text[_position]) || _text[_position] == '.'))
        {
            _position++;
        }

        _tokens.Add(new LatexToken(LatexTokenKind.Number, _text[start.._position], start, _position - start));
    }

    private void ReadPunctuation(char c)
    {
        var kind = c switch
        {
            '{' => LatexTokenKind.OpenBrace,
            '}' => LatexTokenKind.CloseBrace,
            '(' => LatexTokenKind.OpenParen,
            ')' => LatexTokenKind.CloseParen,
            '[' => LatexTokenKind.OpenBracket,
            ']' => LatexTokenKind.CloseBracket,
            '^' => LatexTokenKind.Caret,
            '_' => LatexTokenKind.Underscore,
            '+' => LatexTokenKind.Plus,
            '-' or '\u2212' => LatexTokenKind.Minus,
            '*' => LatexTokenKind.Star,
            '/' => LatexTokenKind.Slash,
            ',' => LatexTokenKind.Comma,
            '|' => LatexTokenKind.Bar,
            '\'' => LatexTokenKind.Prime,
            '=' => LatexTokenKind.Equals,
            '<' => LatexTokenKind.Less,
            '>' => LatexTokenKind.Greater,
            _ => throw FormulaError.UnexpectedCharacter(source, _position, c),
        };
        Add(kind, 1);
    }

    private void Add(LatexTokenKind kind, int length, string? text = null)
    {
        var token = new LatexToken(kind, text ?? _text.Substring(_position, length), _position, length);
        if (kind is LatexTokenKind.OpenBrace or LatexTokenKind.OpenParen or LatexTokenKind.OpenBracket or LatexTokenKind.OpenSet)
        {
            if (++_depth > FormulaLimits.MaxNesting)
            {
                throw FormulaError.TooDeep(source, _position, length);
            }
        }
        else if (kind is LatexTokenKind.CloseBrace or LatexTokenKind.CloseParen or LatexTokenKind.CloseBracket or LatexTokenKind.CloseSet)
        {
            _depth = Math.Max(0, _depth - 1);
        }

        _tokens.Add(token);
        _position += length;
    }
}
