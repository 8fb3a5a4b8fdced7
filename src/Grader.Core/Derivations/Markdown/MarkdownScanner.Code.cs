namespace Grader.Derivations.Markdown;

/// <summary>Code spans and inline HTML comments, each closed within its paragraph or read as plain text.</summary>
internal sealed partial class MarkdownScanner
{
    private int CodeSpan(int start)
    {
        var length = 1;
        while (start + length < _text.Length && _text[start + length] == '`')
        {
            length++;
        }

        var end = ParagraphEnd(start);
        if (!_unclosedInParagraph.Contains(length))
        {
            for (var at = start + length; at < end;)
            {
                var run = _text.IndexOf('`', at, end - at);
                if (run < 0)
                {
                    break;
                }

                var runEnd = run;
                while (runEnd < end && _text[runEnd] == '`')
                {
                    runEnd++;
                }

                if (runEnd - run == length)
                {
                    Hide(start, runEnd, block: false);
                    return runEnd;
                }

                at = runEnd;
            }

            _unclosedInParagraph.Add(length);
        }

        return start + length;
    }

    private int InlineComment(int start)
    {
        var close = _search.Find("-->", start + 4);
        if (close < 0 || close >= ParagraphEnd(start))
        {
            return start + 4;
        }

        Hide(start, close + 3, block: false);
        return close + 3;
    }

    /// <summary>Where the paragraph holding <paramref name="offset"/> ends: the next blank line's start, or the text's end.</summary>
    private int ParagraphEnd(int offset)
    {
        if (offset >= _paragraphStart && offset < _paragraphEnd)
        {
            return _paragraphEnd;
        }

        var at = _lines.NextLineStart(offset);
        while (at < _text.Length && !_lines.IsBlank(at))
        {
            at = _lines.NextLineStart(at);
        }

        _paragraphStart = offset;
        _paragraphEnd = Math.Max(at, _lines.LineEnd(offset));
        _unclosedInParagraph.Clear();
        return _paragraphEnd;
    }
}
