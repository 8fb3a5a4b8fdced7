namespace Grader.Reports;

/// <summary>Writes Markdown lines with LF endings; what comes from students goes through <see cref="MarkdownText"/>.</summary>
internal sealed class MarkdownWriter(TextWriter writer)
{
    public void Line(string text)
    {
        writer.Write(text);
        writer.Write('\n');
    }

    public void Blank() => writer.Write('\n');

    /// <summary>A fenced block, with a fence longer than any backtick run inside and controls shown escaped.</summary>
    public void Code(string? text)
    {
        foreach (var line in CodeLines(text))
        {
            Line(line);
        }
    }

    /// <summary>The lines of <see cref="Code"/>: a blank line, then the fenced block; none for no text.</summary>
    public static IEnumerable<string> CodeLines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var inert = InertText.Escape(text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'), keepLineBreaks: true);
        var fence = MarkdownText.BlockFence(inert);
        return ["", fence + "text", inert, fence];
    }

    /// <summary>Text that fits in one table cell and is read as text.</summary>
    public static string Cell(string text) => MarkdownText.Inline(text);
}
