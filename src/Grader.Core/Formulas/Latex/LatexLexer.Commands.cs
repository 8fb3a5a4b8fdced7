namespace Grader.Formulas.Latex;

internal sealed partial class LatexLexer
{
    /// <summary>Commands that only change how a formula looks; <c>\left.</c> and <c>\right.</c> drop their dot too.</summary>
    private static readonly HashSet<string> Ignored =
    [
        @"\left", @"\right", @"\middle", @"\big", @"\Big", @"\bigg", @"\Bigg", @"\bigl", @"\bigr", @"\Bigl", @"\Bigr",
        @"\biggl", @"\biggr", @"\Biggl", @"\Biggr", @"\displaystyle", @"\textstyle", @"\quad", @"\qquad",
        @"\limits", @"\nolimits", @"\mathbf", @"\boldsymbol", @"\bm", @"\mathbfit", @"\pmb", @"\nonumber", @"\notag",
    ];

    /// <summary>Commands whose braced argument is an upright name: <c>\text{softmax}</c>.</summary>
    private static readonly HashSet<string> Names = [@"\text", @"\mathrm", @"\operatorname", @"\textrm", @"\textit", @"\mathit", @"\mathsf", @"\textnormal"];

    private static readonly Dictionary<string, LatexTokenKind> Spelled = new()
    {
        [@"\{"] = LatexTokenKind.OpenSet,
        [@"\}"] = LatexTokenKind.CloseSet,
        [@"\lbrace"] = LatexTokenKind.OpenSet,
        [@"\rbrace"] = LatexTokenKind.CloseSet,
        [@"\lbrack"] = LatexTokenKind.OpenBracket,
        [@"\rbrack"] = LatexTokenKind.CloseBracket,
        [@"\|"] = LatexTokenKind.DoubleBar,
        [@"\Vert"] = LatexTokenKind.DoubleBar,
        [@"\lVert"] = LatexTokenKind.DoubleBar,
        [@"\rVert"] = LatexTokenKind.DoubleBar,
        [@"\vert"] = LatexTokenKind.Bar,
        [@"\lvert"] = LatexTokenKind.Bar,
        [@"\rvert"] = LatexTokenKind.Bar,
        [@"\prime"] = LatexTokenKind.Prime,
    };

    private void ReadCommand()
    {
        var start = _position;
        var end = start + 1;
        while (end < _text.Length && char.IsAsciiLetter(_text[end]))
        {
            end++;
        }

        if (end == start + 1 && end < _text.Length)
        {
            end++; // a control symbol: \, \; \{ \| ...
        }

        var word = _text[start..end];
        if (word.Length == 2 && word[1] is ',' or ';' or ':' or '!' or ' ' or '>' or '(' or ')' or '[' or ']')
        {
            _position = end;
        }
        else if (Spelled.TryGetValue(word, out var kind))
        {
            Add(kind, end - start, word);
        }
        else if (Ignored.Contains(word))
        {
            _position = end;
            if (word is @"\left" or @"\right" && _position < _text.Length && _text[_position] == '.')
            {
                _position++;
            }
        }
        else if (Names.Contains(word) || word is @"\tag" or @"\label")
        {
            ReadName(start, end, keep: Names.Contains(word));
        }
        else
        {
            Add(LatexTokenKind.Command, end - start, word);
        }
    }

    /// <summary>Reads <c>{...}</c> after a name command as one token (a starred <c>\operatorname*</c> too).</summary>
    private void ReadName(int start, int end, bool keep)
    {
        var open = end;
        while (open < _text.Length && (_text[open] == ' ' || _text[open] == '*'))
        {
            open++;
        }

        var close = open < _text.Length && _text[open] == '{' ? _text.IndexOf('}', open) : -1;
        if (close < 0)
        {
            throw FormulaError.NameWithoutBraces(source, start, end - start, _text[start..end]);
        }

        var name = _text[(open + 1)..close].Replace(@"\_", "_", StringComparison.Ordinal).Trim();
        _position = start;
        if (keep)
        {
            Add(LatexTokenKind.Name, close + 1 - start, name);
        }
        else
        {
            _position = close + 1;
        }
    }
}
