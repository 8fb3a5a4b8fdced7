using System.Globalization;

namespace Grader.Specs.Generators;

/// <summary>Recursive-descent parser for <see cref="GeneratorNode"/> expressions.</summary>
internal sealed class GeneratorParser
{
    private readonly SourceText _source;
    private readonly string _text;
    private int _position;

    private GeneratorParser(SourceText source)
    {
        _source = source;
        _text = source.Text;
    }

    public static GeneratorNode Parse(SourceText source)
    {
        var parser = new GeneratorParser(source);
        var node = parser.ParseSum();
        parser.SkipSpaces();
        if (parser._position < parser._text.Length)
        {
            throw SpecError.InText(source, parser._position, 1, $"unexpected '{parser._text[parser._position]}'", "a size is written like N, N + 1 or n[i+1]; a distribution like normal(0, 1)");
        }

        return node;
    }

    private GeneratorNode ParseSum()
    {
        var left = ParseProduct();
        while (TryOperator('+', '-') is { } op)
        {
            left = new BinaryNode(left.Offset, op, left, ParseProduct());
        }

        return left;
    }

    private GeneratorNode ParseProduct()
    {
        var left = ParseUnary();
        while (TryOperator('*', '/') is { } op)
        {
            left = new BinaryNode(left.Offset, op, left, ParseUnary());
        }

        return left;
    }

    private GeneratorNode ParseUnary()
    {
        SkipSpaces();
        var start = _position;
        return TryOperator('-') is not null ? new NegateNode(start, ParseUnary()) : ParseAtom();
    }

    private GeneratorNode ParseAtom()
    {
        SkipSpaces();
        var start = _position;
        if (_position >= _text.Length)
        {
            throw SpecError.InText(_source, start, 1, "expected a number, a name or a call here", null);
        }

        var c = _text[_position];
        if (c == '(')
        {
            _position++;
            var inner = ParseSum();
            Expect(')');
            return inner;
        }

        if (char.IsDigit(c) || c == '.')
        {
            while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] is '.' or 'e' or 'E'
                || (_text[_position] is '-' or '+' && _text[_position - 1] is 'e' or 'E')))
            {
                _position++;
            }

            var literal = _text[start.._position];
            if (!double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw SpecError.InText(_source, start, literal.Length, $"'{literal}' is not a number", null);
            }

            return new NumberNode(start, value);
        }

        if (!char.IsLetter(c) && c != '_')
        {
            throw SpecError.InText(_source, start, 1, $"unexpected '{c}'", null);
        }

        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        var name = _text[start.._position];
        if (TryOperator('(') is not null)
        {
            var arguments = new List<GeneratorNode>();
            SkipSpaces();
            if (TryOperator(')') is null)
            {
                do
                {
                    arguments.Add(ParseSum());
                }
                while (TryOperator(',') is not null);
                Expect(')');
            }

            return new CallNode(start, name, arguments);
        }

        if (TryOperator('[') is not null)
        {
            var index = ParseSum();
            Expect(']');
            return new IndexNode(start, name, index);
        }

        return new NameNode(start, name);
    }

    private char? TryOperator(params char[] operators)
    {
        SkipSpaces();
        if (_position < _text.Length && operators.Contains(_text[_position]))
        {
            return _text[_position++];
        }

        return null;
    }

    private void Expect(char c)
    {
        if (TryOperator(c) is null)
        {
            throw SpecError.InText(_source, _position, 1, $"expected '{c}'", null);
        }
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }
}
