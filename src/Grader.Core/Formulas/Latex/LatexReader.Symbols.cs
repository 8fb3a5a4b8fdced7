namespace Grader.Formulas.Latex;

internal sealed partial class LatexReader
{
    /// <summary>Accents that make a different symbol: <c>\hat{w}</c> is not <c>w</c>.</summary>
    private static readonly HashSet<string> Accents =
        [@"\hat", @"\widehat", @"\tilde", @"\widetilde", @"\bar", @"\overline", @"\vec", @"\mathcal", @"\mathbb", @"\mathbbm", @"\dot"];

    private MathNode ParseSymbol()
    {
        var token = Current;
        _position++;
        var basis = token.Text;
        if (token.Kind == LatexTokenKind.Command && Accents.Contains(token.Text))
        {
            var (start, end) = ReadScript();
            basis = token.Text + "{" + Canonical(start, end) + "}";
        }

        var bare = new SymbolNode(token.Offset, _tokens[_position - 1].End - token.Offset, basis, null, null, 0);
        return ParseSymbolScripts(bare);
    }

    /// <summary><c>\nabla_a C</c> as one symbol, <c>\nabla_{a} C</c>: the gradient and the letter it is of.</summary>
    private MathNode ParseGradientSymbol()
    {
        var nabla = ParseSymbol();
        if (nabla is not SymbolNode { Subscript: not null } gradient || Current.Kind != LatexTokenKind.Letter)
        {
            return nabla;
        }

        var of = Current;
        _position++;
        return gradient with { Base = SymbolNode.Spell(gradient.Base, null, gradient.Subscript, 0) + " " + of.Text, Subscript = null, Length = of.End - gradient.Offset };
    }

    /// <summary>
    /// The scripts of a symbol, in any order: a parenthesised superscript is a tag (<c>W^{(1)}</c>), a
    /// trailing T or <c>\top</c> transposes (<c>a^{(2)T}</c>), primes mark a derivative, any other
    /// superscript is a power; then, for a function, its argument.
    /// </summary>
    private MathNode ParseSymbolScripts(SymbolNode bare)
    {
        string? tag = null;
        string? subscript = null;
        var primes = 0;
        var transposed = false;
        MathNode? exponent = null;
        while (true)
        {
            var script = Current;
            if (script.Kind == LatexTokenKind.Prime)
            {
                _position++;
                primes++;
                continue;
            }

            if (script.Kind is not (LatexTokenKind.Caret or LatexTokenKind.Underscore))
            {
                break;
            }

            _position++;
            var (start, end) = ReadScript();
            if (script.Kind == LatexTokenKind.Underscore)
            {
                subscript = subscript is null ? Canonical(start, end) : throw FormulaError.TwoScripts(_source, script.Offset, _tokens[end - 1].End - script.Offset, "subscripts");
                continue;
            }

            while (end > start && _tokens[end - 1].Kind == LatexTokenKind.Prime)
            {
                primes++;
                end--;
            }

            if (end > start && IsTransposeMark(_tokens[end - 1]))
            {
                transposed = !transposed;
                end--;
            }

            if (end <= start)
            {
                continue;
            }

            if (tag is null && exponent is null && _tokens[start].Kind == LatexTokenKind.OpenParen && _tokens[end - 1].Kind == LatexTokenKind.CloseParen)
            {
                tag = Canonical(start, end);
            }
            else
            {
                exponent = exponent is null ? ParseRange(start, end) : throw FormulaError.TwoScripts(_source, script.Offset, _tokens[end - 1].End - script.Offset, "superscripts");
            }
        }

        var symbol = bare with { Tag = tag, Subscript = subscript, Primes = primes, Length = _tokens[_position - 1].End - bare.Offset };
        MathNode node = _describeFunction(symbol) is { } meaning ? ParseApplication(symbol, meaning) : symbol;
        if (exponent is not null)
        {
            node = new PowerNode(node.Offset, Math.Max(node.End, exponent.End) - node.Offset, node, exponent);
        }

        if (transposed)
        {
            node = new TransposeNode(node.Offset, node.Length, node);
        }

        return node is SymbolNode ? node : ParseScripts(node);
    }

    /// <summary><c>\psi(z)</c>, <c>\max(0, x)</c>, or without brackets the next factor: <c>\log x_i</c>, <c>\log \sigma(x)</c>.</summary>
    private ApplyNode ParseApplication(SymbolNode function, string meaning)
    {
        var open = Current;
        if (open.Kind is not (LatexTokenKind.OpenParen or LatexTokenKind.OpenBracket or LatexTokenKind.OpenSet))
        {
            if (!StartsFactor(open))
            {
                throw FormulaError.FunctionWithoutArgument(_source, function.Offset, function.Length, function.Spelling, meaning);
            }

            var argument = ParsePostfix();
            return new ApplyNode(function.Offset, argument.End - function.Offset, function, [argument]);
        }

        _position++;
        Enter(open);
        var arguments = new List<MathNode> { ParseExpr() };
        while (Current.Kind == LatexTokenKind.Comma)
        {
            _position++;
            arguments.Add(ParseExpr());
        }

        _depth--;
        if (Current.Kind is not (LatexTokenKind.CloseParen or LatexTokenKind.CloseBracket or LatexTokenKind.CloseSet))
        {
            throw FormulaError.Unclosed(_source, open, Current);
        }

        _position++;
        return new ApplyNode(function.Offset, _tokens[_position - 1].End - function.Offset, function, arguments);
    }

    private static bool IsTransposeMark(LatexToken token) =>
        token.Is(LatexTokenKind.Letter, "T") || token.Is(LatexTokenKind.Name, "T") || token.IsCommand(@"\top") || token.IsCommand(@"\intercal")
        || token.IsCommand(@"\mathsf");

    /// <summary>The tokens of a script, as the next token or a braced group; returns the range inside the braces.</summary>
    private (int Start, int End) ReadScript()
    {
        var open = Current;
        if (open.Kind != LatexTokenKind.OpenBrace)
        {
            if (open.Kind is LatexTokenKind.End or LatexTokenKind.CloseBrace or LatexTokenKind.CloseParen or LatexTokenKind.CloseBracket)
            {
                throw FormulaError.Expected(_source, open, "a superscript or subscript");
            }

            _position++;
            return (_position - 1, _position);
        }

        var depth = 0;
        for (var j = _position; j < _end; j++)
        {
            depth += _tokens[j].Kind switch
            {
                LatexTokenKind.OpenBrace => 1,
                LatexTokenKind.CloseBrace => -1,
                _ => 0,
            };
            if (depth == 0)
            {
                var start = _position + 1;
                _position = j + 1;
                return (start, j);
            }
        }

        throw FormulaError.Unclosed(_source, open, EndToken);
    }

    /// <summary>Parses a script's tokens as an expression of their own.</summary>
    private MathNode ParseRange(int start, int end)
    {
        var reader = new LatexReader(_source, _tokens, _describeFunction, start, end, _depth);
        var node = reader.ParseExpr();
        if (reader.Current.Kind != LatexTokenKind.End)
        {
            throw FormulaError.Expected(_source, reader.Current, "the end of the script");
        }

        return node;
    }

    /// <summary>A script as written, without braces or spaces: <c>_{i y_i}</c> is <c>iy_i</c>.</summary>
    private string Canonical(int start, int end) =>
        string.Concat(_tokens.Skip(start).Take(end - start)
            .Where(t => t.Kind is not (LatexTokenKind.OpenBrace or LatexTokenKind.CloseBrace))
            .Select(t => t.Kind == LatexTokenKind.Command && end - start > 1 ? t.Text + " " : t.Text)).TrimEnd();
}
