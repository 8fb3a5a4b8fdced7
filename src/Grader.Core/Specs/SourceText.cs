namespace Grader.Specs;

/// <summary>
/// A piece of text taken from a file (a YAML scalar holding a model or an expression) that
/// remembers where each of its lines sits in the file, so an error found at an offset of the text
/// can be reported at the file's line and column.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;
    private readonly IReadOnlyList<(int Line, int Column)> _lineOrigins;
    private readonly IReadOnlyList<string>? _fileLines;

    /// <param name="text">The text as the engine sees it.</param>
    /// <param name="file">The file path shown in messages.</param>
    /// <param name="lineOrigins">
    /// For each line of <paramref name="text"/> (0-based), the file line and column (1-based) of
    /// its first character. A single-line text needs one entry.
    /// </param>
    /// <param name="fileLines">The lines of the whole file, to quote in error messages.</param>
    public SourceText(string text, string file, IReadOnlyList<(int Line, int Column)> lineOrigins, IReadOnlyList<string>? fileLines = null)
    {
        Text = text;
        File = file;
        _lineOrigins = lineOrigins;
        _fileLines = fileLines;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>A text that is not from a file (tests, generated code): lines map to themselves.</summary>
    public static SourceText Inline(string text, string name = "<model>") =>
        new(text, name, [.. Enumerable.Range(1, text.Count(c => c == '\n') + 1).Select(l => (l, 1))]);

    public string Text { get; }

    public string File { get; }

    /// <summary>The file location of a character offset into <see cref="Text"/>.</summary>
    public SourceLocation Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var column = offset - _lineStarts[line];
        (int Line, int Column) origin = line < _lineOrigins.Count
            ? _lineOrigins[line]
            : (_lineOrigins[^1].Line + (line - _lineOrigins.Count + 1), 1);
        return new SourceLocation(File, origin.Line, origin.Column + column);
    }

    /// <summary>
    /// The line of the file that holds <paramref name="offset"/>, as it stands in the file (so a
    /// caret at the located column points at the right character).
    /// </summary>
    public string QuoteLine(int offset)
    {
        var location = Locate(offset);
        if (_fileLines is not null && location.Line >= 1 && location.Line <= _fileLines.Count)
        {
            return _fileLines[location.Line - 1];
        }

        var lineText = LineAt(offset);
        var lineStartColumn = location.Column - (offset - (offset == 0 ? 0 : Text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1));
        return new string(' ', Math.Max(0, lineStartColumn - 1)) + lineText;
    }

    /// <summary>The whole line of <see cref="Text"/> that holds <paramref name="offset"/>, without its newline.</summary>
    public string LineAt(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var start = Text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0)
        {
            start = 0;
        }

        var end = Text.IndexOf('\n', offset);
        return Text[start..(end < 0 ? Text.Length : end)];
    }
}
