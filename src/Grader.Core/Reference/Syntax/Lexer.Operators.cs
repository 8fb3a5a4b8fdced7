using Grader.Specs;

namespace Grader.Reference.Syntax;

internal sealed partial class Lexer
{
    private void ReadNumber()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] == '.'))
        {
            _position++;
        }

        if (_position < _text.Length && _text[_position] is 'e' or 'E')
        {
            var save = _position;
            _position++;
            if (_position < _text.Length && _text[_position] is '+' or '-')
            {
                _position++;
            }

            if (_position < _text.Length && char.IsDigit(_text[_position]))
            {
                while (_position < _text.Length && char.IsDigit(_text[_position]))
                {
                    _position++;
                }
            }
            else
            {
                _position = save;
            }
        }

        var text = _text[start.._position];
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            throw SpecError.BadNumber(source, start, text);
        }

        _tokens.Add(new Token(TokenKind.Number, text, start));
    }

    private void ReadOperator(char c)
    {
        var next = _position + 1 < _text.Length ? _text[_position + 1] : '\0';
        (TokenKind Kind, int Length) token = c switch
        {
            '+' => (TokenKind.Plus, 1),
            '-' => (TokenKind.Minus, 1),
            '*' when next == '*' => (TokenKind.Caret, 2),
            '*' => (TokenKind.Star, 1),
            '/' when next == '/' => (TokenKind.DoubleSlash, 2),
            '/' => (TokenKind.Slash, 1),
            '^' => (TokenKind.Caret, 1),
            '@' => (TokenKind.At, 1),
            '(' => (TokenKind.LeftParen, 1),
            ')' => (TokenKind.RightParen, 1),
            '[' => (TokenKind.LeftBracket, 1),
            ']' => (TokenKind.RightBracket, 1),
            ':' => (TokenKind.Colon, 1),
            ',' => (TokenKind.Comma, 1),
            '=' => (TokenKind.Assign, 1),
            '.' => (TokenKind.Dot, 1),
            _ => throw SpecError.UnexpectedCharacter(source, _position, c),
        };
        if (token.Kind is TokenKind.LeftParen or TokenKind.LeftBracket)
        {
            _open.Push(_position);
        }
        else if (token.Kind is TokenKind.RightParen or TokenKind.RightBracket)
        {
            var expected = token.Kind == TokenKind.RightParen ? '(' : '[';
            if (_open.Count == 0 || _text[_open.Peek()] != expected)
            {
                throw SpecError.UnmatchedBracket(source, _position, c);
            }

            _open.Pop();
        }

        Add(token.Kind, _text.Substring(_position, token.Length));
        _position += token.Length;
    }

    private void Add(TokenKind kind, string text) => _tokens.Add(new Token(kind, text, _position));
}
