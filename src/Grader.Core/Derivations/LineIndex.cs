namespace Grader.Derivations;

/// <summary>The line starts of one text (a file, or one notebook cell), to turn offsets into lines and columns.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = [0];

    public LineIndex(string text, int? cell)
    {
        Text = text;
        Cell = cell;
        for (var i = 0; i < text.Length; i++)
        {
            // \r\n, \n and a lone \r each end a line.
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                _starts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    public int? Cell { get; }

    public WriteUpSpan Span(int start, int end)
    {
        var line = LineOf(start);
        return new WriteUpSpan(start, end - start, line + 1, start - _starts[line] + 1, Cell);
    }

    public WriteUpSpan Point(int offset) => Span(offset, offset);

    /// <summary>The 0-based line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = _starts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Where the line holding <paramref name="offset"/> ends, before its line break.</summary>
    public int LineEnd(int offset)
    {
        var line = LineOf(offset);
        var end = line + 1 < _starts.Count ? _starts[line + 1] : Text.Length;
        while (end > _starts[line] && Text[end - 1] is '\n' or '\r')
        {
            end--;
        }

        return end;
    }

    /// <summary>Where the line after the one holding <paramref name="offset"/> starts; the text's end on the last line.</summary>
    public int NextLineStart(int offset)
    {
        var line = LineOf(offset);
        return line + 1 < _starts.Count ? _starts[line + 1] : Text.Length;
    }

    public bool IsBlank(int lineStart) => Text.AsSpan(lineStart, LineEnd(lineStart) - lineStart).IsWhiteSpace();
}
