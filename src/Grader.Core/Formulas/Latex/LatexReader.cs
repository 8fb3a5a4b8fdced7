using Grader.Specs;

namespace Grader.Formulas.Latex;

/// <summary>
/// Reads a LaTeX formula into a <see cref="MathNode"/> tree. Precedence, loosest first: <c>=</c> (the
/// last right-hand side is the answer); <c>+ -</c>; products, which are left to right at one level
/// (juxtaposition, <c>\cdot</c>, <c>\times</c>, <c>\odot</c>, <c>/</c>) with a <c>\sum</c> taking the rest
/// of its product as its body; unary minus; scripts and function application.
/// </summary>
internal sealed partial class LatexReader
{
    private readonly SourceText _source;
    private readonly IReadOnlyList<LatexToken> _tokens;
    private readonly Func<SymbolNode, string?> _describeFunction;
    private readonly int _end;
    private int _position;
    private int _depth;
    private int _openBars;

    private LatexReader(SourceText source, IReadOnlyList<LatexToken> tokens, Func<SymbolNode, string?> describeFunction, int start, int end, int depth)
    {
        _source = source;
        _tokens = tokens;
        _describeFunction = describeFunction;
        _position = start;
        _end = end;
        _depth = depth;
    }

    private LatexToken Current => _position < _end ? _tokens[_position] : EndToken;

    private LatexToken EndToken => new(LatexTokenKind.End, string.Empty, _tokens[_end].Offset, 0);

    /// <summary>Reads a whole formula; <paramref name="describeFunction"/> tells which symbols take an argument, and what they are.</summary>
    /// <exception cref="SpecException">the formula does not parse, or is too long or too deep.</exception>
    public static MathNode Read(SourceText source, Func<SymbolNode, string?> describeFunction)
    {
        var tokens = LatexLexer.Tokenize(source);
        var reader = new LatexReader(source, tokens, describeFunction, LastSide(tokens), NumberedEnd(tokens), 0);
        if (reader.Current.Kind == LatexTokenKind.End)
        {
            throw FormulaError.Empty(source);
        }

        var node = reader.ParseExpr();
        if (reader.Current.Kind != LatexTokenKind.End)
        {
            throw FormulaError.Expected(source, reader.Current, "an operator or the end of the formula");
        }

        return node;
    }

    /// <summary>
    /// Where the formula ends, before an equation number: <c>… \quad (2)</c>, <c>… (4)</c> set apart from
    /// what precedes it (copied from a numbered write-up), which is no factor of 2 or 4. A bracket that
    /// touches what precedes it (<c>f(2)</c>, <c>x(3)</c>) is read as written.
    /// </summary>
    private static int NumberedEnd(IReadOnlyList<LatexToken> tokens)
    {
        var end = tokens.Count - 1;
        return end >= 4
            && tokens[end - 1].Kind == LatexTokenKind.CloseParen
            && tokens[end - 2].Kind == LatexTokenKind.Number
            && tokens[end - 3].Kind == LatexTokenKind.OpenParen
            && tokens[end - 3].Offset > tokens[end - 4].End
            && tokens[end - 4].Kind != LatexTokenKind.Equals
            ? end - 3
            : end;
    }

    /// <summary>Where the last side of <c>a = b = c</c> starts: the answer is what the derivation ends with.</summary>
    private static int LastSide(IReadOnlyList<LatexToken> tokens)
    {
        var (start, depth) = (0, 0);
        for (var k = 0; k < tokens.Count; k++)
        {
            depth += tokens[k].Kind switch
            {
                LatexTokenKind.OpenBrace or LatexTokenKind.OpenParen or LatexTokenKind.OpenBracket or LatexTokenKind.OpenSet => 1,
                LatexTokenKind.CloseBrace or LatexTokenKind.CloseParen or LatexTokenKind.CloseBracket or LatexTokenKind.CloseSet => -1,
                _ => 0,
            };
            if (depth == 0 && tokens[k].Kind == LatexTokenKind.Equals)
            {
                start = k + 1;
            }
        }

        return start;
    }

    private MathNode ParseExpr()
    {
        Enter(Current);
        var left = ParseTerm();
        while (Current.Kind is LatexTokenKind.Plus or LatexTokenKind.Minus)
        {
            var op = Current;
            _position++;
            var right = ParseTerm();
            var kind = op.Kind == LatexTokenKind.Plus ? MathOperator.Add : MathOperator.Subtract;
            left = new BinaryNode(left.Offset, right.End - left.Offset, kind, op.Offset, op.Length, left, right);
        }

        _depth--;
        return left;
    }

    private MathNode ParseTerm()
    {
        var token = Current;
        if (token.Kind is LatexTokenKind.Minus or LatexTokenKind.Plus)
        {
            _position++;
            Enter(token);
            var operand = ParseTerm();
            _depth--;
            return token.Kind == LatexTokenKind.Plus ? operand : new NegateNode(token.Offset, operand.End - token.Offset, operand);
        }

        var left = ParseFactorOrSum();
        while (true)
        {
            var op = Current;
            var kind = ProductOperator(op);
            if (kind is null && !StartsFactor(op))
            {
                return left;
            }

            if (kind is not null)
            {
                _position++;
            }

            var right = ParseFactorOrSum();
            left = kind is null
                ? new BinaryNode(left.Offset, right.End - left.Offset, MathOperator.Product, right.Offset, right.Length, left, right)
                : new BinaryNode(left.Offset, right.End - left.Offset, kind.Value, op.Offset, op.Length, left, right);
        }
    }

    private MathNode ParseFactorOrSum() => Current.IsCommand(@"\sum") ? ParseSum() : ParsePostfix();

    private static MathOperator? ProductOperator(LatexToken token) => token.Kind switch
    {
        LatexTokenKind.Star => MathOperator.Product,
        LatexTokenKind.Slash => MathOperator.Divide,
        LatexTokenKind.Command => token.Text switch
        {
            @"\cdot" or @"\times" or @"\ast" => MathOperator.Product,
            @"\odot" or @"\circ" => MathOperator.Hadamard,
            @"\div" => MathOperator.Divide,
            _ => null,
        },
        _ => null,
    };

    /// <summary>Whether a token can begin the right operand of a juxtaposition.</summary>
    private bool StartsFactor(LatexToken token) => token.Kind switch
    {
        LatexTokenKind.Letter or LatexTokenKind.Number or LatexTokenKind.Name or LatexTokenKind.OpenBrace
            or LatexTokenKind.OpenParen or LatexTokenKind.OpenBracket or LatexTokenKind.OpenSet => true,
        LatexTokenKind.Bar or LatexTokenKind.DoubleBar => _openBars == 0,
        LatexTokenKind.Command => token.Text is not (@"\top" or @"\intercal" or @"\geq" or @"\ge" or @"\leq" or @"\le" or @"\in" or @"\to"),
        _ => false,
    };

    /// <summary>Counts one level of nesting; past the limit the formula is refused before the stack grows.</summary>
    private void Enter(LatexToken at)
    {
        if (++_depth > FormulaLimits.MaxNesting)
        {
            throw FormulaError.TooDeep(_source, at.Offset, Math.Max(1, at.Length));
        }
    }

    private LatexToken Expect(LatexTokenKind kind, string what)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            throw FormulaError.Expected(_source, token, what);
        }

        _position++;
        return token;
    }
}
