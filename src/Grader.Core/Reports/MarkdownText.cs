using System.Text;

namespace Grader.Reports;

/// <summary>
/// Student-controlled text for Markdown (feedback.md, summary.md): controls shown escaped
/// (<see cref="InertText"/>), then inline text that cannot open a link, an image, raw HTML, a code
/// span, emphasis or a table cell, and code spans whose fence is longer than any backtick run inside.
/// </summary>
internal static class MarkdownText
{
    /// <summary>
    /// Text in the middle of a line, read as text: what Markdown would act on is backslash-escaped —
    /// backslashes, code spans, emphasis, raw HTML and autolinks (<c>&lt;</c>), table cells, and the
    /// <c>](</c> or <c>][</c> that would make a link or image (a bracket alone links nothing: no
    /// reference definitions are written). Ordinary text (X[kB:N], U &gt; 0, two_layer.py) stays as written.
    /// </summary>
    public static string Inline(string text)
    {
        var inert = InertText.Escape(text);
        var builder = new StringBuilder(inert.Length + 8);
        for (var i = 0; i < inert.Length; i++)
        {
            var c = inert[i];
            if (c is '\\' or '`' or '*' or '~' or '<' or '|' || (c == '_' && !Intraword(inert, i)) || (c == ']' && i + 1 < inert.Length && inert[i + 1] is '(' or '['))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>An inline code span holding <paramref name="text"/> literally; in a table, its pipes escaped as GFM requires.</summary>
    public static string CodeSpan(string text, bool inTable = false)
    {
        var inert = InertText.Escape(text);
        var fence = new string('`', LongestRun(inert, '`') + 1);
        // A space on each side keeps a leading or trailing backtick from joining the fence (CommonMark strips one).
        var padded = inert.StartsWith('`') || inert.EndsWith('`') || (inert.StartsWith(' ') && inert.EndsWith(' ')) ? " " + inert + " " : inert;
        var span = fence + padded + fence;
        return inTable ? span.Replace("|", "\\|", StringComparison.Ordinal) : span;
    }

    /// <summary>A fence for a code block: at least three backticks, longer than any run inside.</summary>
    public static string BlockFence(string text) => new('`', Math.Max(3, LongestRun(text, '`') + 1));

    /// <summary>An underscore between two letters or digits, which cannot open or close emphasis (file names such as two_layer.py stay as written).</summary>
    private static bool Intraword(string text, int i) =>
        i > 0 && i < text.Length - 1 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
