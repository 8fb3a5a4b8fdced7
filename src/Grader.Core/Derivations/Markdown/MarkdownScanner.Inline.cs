namespace Grader.Derivations.Markdown;

/// <summary>Inside a line: escapes, code spans, inline comments, inline math (skipped) and display math (kept).</summary>
internal sealed partial class MarkdownScanner
{
    /// <summary>The environments that are display math when written in the Markdown itself (or inside <c>$$</c>).</summary>
    public static readonly HashSet<string> DisplayEnvironments =
        ["equation", "equation*", "align", "align*", "aligned", "alignat", "alignat*", "alignedat", "eqnarray", "eqnarray*",
         "gather", "gather*", "gathered", "multline", "multline*", "flalign", "flalign*", "split", "displaymath"];

    /// <summary>Openers with no closer in the current paragraph: a backtick run's length, or 0 for <c>$</c>, -1 for <c>\(</c>.</summary>
    private readonly HashSet<int> _unclosedInParagraph = [];
    private int _paragraphStart = -1;
    private int _paragraphEnd = -1;

    /// <summary>Reads an ordinary line from <paramref name="at"/>; returns the start of the line after the last one a construct reached.</summary>
    private int InlineLine(int at)
    {
        var lineEnd = _lines.LineEnd(at);
        var i = at;
        while (i < lineEnd)
        {
            i = _text[i] switch
            {
                '\\' => Backslash(i),
                '$' => Dollar(i),
                '`' => CodeSpan(i),
                '<' when _text.AsSpan(i).StartsWith("<!--") => InlineComment(i),
                _ => i + 1,
            };
            if (i > lineEnd)
            {
                lineEnd = _lines.LineEnd(i);
            }
        }

        return _lines.NextLineStart(lineEnd);
    }

    private int Backslash(int i)
    {
        var rest = _text.AsSpan(i);
        if (rest.StartsWith(@"\["))
        {
            return Display(DisplayDelimiter.Brackets, i, @"\[", @"\]");
        }

        if (rest.StartsWith(@"\("))
        {
            return InlineMath(i, @"\)", -1);
        }

        if (rest.StartsWith(@"\begin{") && rest[7..].IndexOf('}') is var close and > 0 and <= 20
            && DisplayEnvironments.Contains(rest.Slice(7, close).ToString()))
        {
            var name = rest.Slice(7, close).ToString();
            return Display(DisplayDelimiter.Environment, i, $@"\begin{{{name}}}", $@"\end{{{name}}}");
        }

        return Math.Min(i + 2, _text.Length);
    }

    private int Dollar(int i) => i + 1 < _text.Length && _text[i + 1] == '$'
        ? Display(DisplayDelimiter.Dollars, i, "$$", "$$")
        : InlineMath(i, "$", 0);

    private int Display(DisplayDelimiter delimiter, int start, string opener, string closer)
    {
        var close = _search.Find(closer, start + opener.Length, escapable: delimiter != DisplayDelimiter.Environment);
        if (close < 0)
        {
            _issues.Add(WriteUpError.DisplayNeverClosed(_issues.File, _lines.Span(start, start + opener.Length), opener, closer));
            return start + opener.Length;
        }

        var end = close + closer.Length;
        if (delimiter == DisplayDelimiter.Environment)
        {
            AddBlock(delimiter, start, end, start, end);
        }
        else
        {
            AddBlock(delimiter, start, end, start + opener.Length, close);
        }

        return end;
    }

    /// <summary>
    /// Inline math is no derivation, but is skipped so that nothing in it is read as Markdown. As Pandoc:
    /// <c>$</c> opens only before a non-space and closes only after one; unclosed in its paragraph, it is a dollar.
    /// </summary>
    private int InlineMath(int start, string closer, int memo)
    {
        var from = start + (closer == "$" ? 1 : 2);
        if (from >= _text.Length || char.IsWhiteSpace(_text[from]) || _unclosedInParagraph.Contains(memo))
        {
            return from;
        }

        var end = ParagraphEnd(start);
        for (var at = from; at < end;)
        {
            var close = _text.IndexOf(closer, at, end - at, StringComparison.Ordinal);
            if (close < 0 || (closer == "$" && close + 1 < _text.Length && _text[close + 1] == '$'))
            {
                break;
            }

            if (!_search.IsEscaped(close) && (closer != "$" || !char.IsWhiteSpace(_text[close - 1])))
            {
                return close + closer.Length;
            }

            at = close + 1;
        }

        _unclosedInParagraph.Add(memo);
        return from;
    }
}
