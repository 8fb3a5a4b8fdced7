namespace Grader.Formulas.Latex;

internal sealed partial class LatexReader
{
    /// <summary><c>\sum_{i=1}^{N}</c> (limits in either order, or only <c>_i</c>) and the rest of the product as its body.</summary>
    private SumNode ParseSum()
    {
        var sum = Current;
        _position++;
        string? index = null;
        MathNode? lower = null;
        MathNode? upper = null;
        while (Current.Kind is LatexTokenKind.Underscore or LatexTokenKind.Caret)
        {
            var script = Current;
            _position++;
            var (start, end) = ReadScript();
            if (script.Kind == LatexTokenKind.Caret)
            {
                upper = ParseRange(start, end);
                continue;
            }

            var letter = _tokens[start];
            if (letter.Kind != LatexTokenKind.Letter || (end > start + 1 && _tokens[start + 1].Kind != LatexTokenKind.Equals))
            {
                throw FormulaError.SumIndex(_source, letter.Offset, _tokens[end - 1].End - letter.Offset);
            }

            index = letter.Text;
            lower = end > start + 2 ? ParseRange(start + 2, end) : null;
        }

        var headerLength = _tokens[_position - 1].End - sum.Offset;
        if (index is null)
        {
            throw FormulaError.SumIndex(_source, sum.Offset, sum.Length);
        }

        Enter(sum);
        var body = ParseTerm();
        _depth--;
        return new SumNode(sum.Offset, body.End - sum.Offset, headerLength, index, lower, upper, body);
    }

    private bool IsIndicator()
    {
        var at = _position + 1;
        return at + 2 < _end && _tokens[at].Kind == LatexTokenKind.OpenBrace && _tokens[at + 2].Kind == LatexTokenKind.CloseBrace
            && _tokens[at + 1].Text is "1" or "I";
    }

    /// <summary><c>\mathbb{1}[u > 0]</c>, <c>\mathbb{I}\{u > 0\}</c>, <c>\mathbb{1}_{u > 0}</c>, <c>\mathbb{1}(u > 0)</c>.</summary>
    private IndicatorNode ParseIndicator(LatexToken command)
    {
        _position += 4;
        var open = Current;
        int end;
        if (open.Kind == LatexTokenKind.Underscore)
        {
            _position++;
            (var start, end) = ReadScript();
            var reader = new LatexReader(_source, _tokens, _describeFunction, start, end, _depth);
            return reader.ParseCondition(command, _tokens[end - 1].End);
        }

        if (open.Kind is not (LatexTokenKind.OpenBracket or LatexTokenKind.OpenSet or LatexTokenKind.OpenParen))
        {
            throw FormulaError.Expected(_source, open, "a condition such as [z > 0] after " + command.Text);
        }

        _position++;
        var node = ParseCondition(command, 0);
        if (Current.Kind is not (LatexTokenKind.CloseBracket or LatexTokenKind.CloseSet or LatexTokenKind.CloseParen))
        {
            throw FormulaError.Unclosed(_source, open, Current);
        }

        end = _position++;
        return node with { Length = _tokens[end].End - command.Offset };
    }

    private IndicatorNode ParseCondition(LatexToken command, int end)
    {
        var left = ParseExpr();
        var relation = Current;
        var symbol = relation.Kind switch
        {
            LatexTokenKind.Greater => ">",
            LatexTokenKind.Less => "<",
            LatexTokenKind.Equals => "=",
            LatexTokenKind.Command when relation.Text is @"\geq" or @"\ge" => ">=",
            LatexTokenKind.Command when relation.Text is @"\leq" or @"\le" => "<=",
            _ => throw FormulaError.Expected(_source, relation, "a comparison such as > 0"),
        };
        _position++;
        var right = ParseExpr();
        if (end > 0 && Current.Kind != LatexTokenKind.End)
        {
            throw FormulaError.Expected(_source, Current, "the end of the condition");
        }

        return new IndicatorNode(command.Offset, Math.Max(end, right.End) - command.Offset, left, symbol, right);
    }
}
