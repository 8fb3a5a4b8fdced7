namespace Grader.Reports;

/// <summary>Writes Markdown lines with LF endings, escaping what would break a table or a code block.</summary>
internal sealed class MarkdownWriter(TextWriter writer)
{
    public void Line(string text)
    {
        writer.Write(text);
        writer.Write('\n');
    }

    public void Blank() => writer.Write('\n');

    /// <summary>A fenced block, with a fence longer than any backtick run inside.</summary>
    public void Code(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var fence = "```";
        while (text.Contains(fence, StringComparison.Ordinal))
        {
            fence += "`";
        }

        Blank();
        Line(fence + "text");
        Line(text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'));
        Line(fence);
    }

    /// <summary>Text that fits in one table cell.</summary>
    public static string Cell(string text) =>
        text.Replace("\r", "", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal);
}
