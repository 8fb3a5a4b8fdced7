using Grader.Specs;

namespace Grader.Reference.Syntax;

/// <summary>
/// Splits a model into tokens, Python style: indentation at the start of a line opens and closes
/// blocks, newlines inside brackets are ignored, <c>#</c> starts a comment.
/// </summary>
internal sealed partial class Lexer(SourceText source)
{
    private readonly string _text = source.Text;
    private readonly List<Token> _tokens = [];
    private readonly Stack<int> _indents = new([0]);
    private readonly Stack<int> _open = new();
    private int _position;

    public static IReadOnlyList<Token> Tokenize(SourceText source) => new Lexer(source).Run();

    private List<Token> Run()
    {
        var atLineStart = true;
        while (_position < _text.Length)
        {
            if (atLineStart && _open.Count == 0)
            {
                if (!ReadIndentation())
                {
                    continue;
                }

                atLineStart = false;
            }

            var c = _text[_position];
            if (c == '\n')
            {
                if (_open.Count == 0)
                {
                    Add(TokenKind.Newline, "\n");
                    atLineStart = true;
                }

                _position++;
            }
            else if (c is ' ' or '\t' or '\r')
            {
                _position++;
            }
            else if (c == '#')
            {
                SkipComment();
            }
            else
            {
                ReadToken(c);
            }
        }

        if (_open.Count > 0)
        {
            throw SpecError.UnclosedBracket(source, _open.Peek(), _text[_open.Peek()]);
        }

        if (_tokens.Count > 0 && _tokens[^1].Kind != TokenKind.Newline)
        {
            _tokens.Add(new Token(TokenKind.Newline, string.Empty, _text.Length));
        }

        while (_indents.Count > 1)
        {
            _indents.Pop();
            _tokens.Add(new Token(TokenKind.Dedent, string.Empty, _text.Length));
        }

        _tokens.Add(new Token(TokenKind.End, string.Empty, _text.Length));
        return _tokens;
    }

    /// <summary>Reads the indentation of a line; false for a blank or comment-only line (skipped).</summary>
    private bool ReadIndentation()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r')
        {
            _position++;
        }

        if (_position >= _text.Length || _text[_position] == '\n' || _text[_position] == '#')
        {
            SkipComment();
            if (_position < _text.Length)
            {
                _position++;
            }

            return false;
        }

        var width = _position - start;
        if (width > _indents.Peek())
        {
            _indents.Push(width);
            _tokens.Add(new Token(TokenKind.Indent, string.Empty, _position));
        }

        while (width < _indents.Peek())
        {
            _indents.Pop();
            _tokens.Add(new Token(TokenKind.Dedent, string.Empty, _position));
            if (width > _indents.Peek())
            {
                throw SpecError.InconsistentDedent(source, _position);
            }
        }

        return true;
    }

    private void SkipComment()
    {
        while (_position < _text.Length && _text[_position] != '\n')
        {
            _position++;
        }
    }

    private void ReadToken(char c)
    {
        if (char.IsLetter(c) || c == '_')
        {
            var start = _position;
            while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
            {
                _position++;
            }

            _tokens.Add(new Token(TokenKind.Name, _text[start.._position], start));
            return;
        }

        if (char.IsDigit(c) || (c == '.' && _position + 1 < _text.Length && char.IsDigit(_text[_position + 1])))
        {
            ReadNumber();
            return;
        }

        ReadOperator(c);
    }
}
