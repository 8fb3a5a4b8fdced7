using System.Globalization;
using System.Text;

namespace Grader.Reports;

/// <summary>
/// Student-controlled text made inert for a terminal or a document: every control character (C0,
/// DEL, C1) and every bidirectional override is written as a visible escape (<c>\x1b</c>, <c>\r</c>,
/// <c>\u202e</c>), so a name or a printed line can neither retitle or clear a terminal, move the
/// cursor back over a line to forge a score, nor reorder what is read. The one function every
/// report and every line printed to a terminal goes through.
/// </summary>
public static class InertText
{
    /// <summary>The text with every control shown as an escape; line feeds (and tabs) kept only when <paramref name="keepLineBreaks"/>.</summary>
    public static string Escape(string text, bool keepLineBreaks = false)
    {
        if (!NeedsEscape(text, keepLineBreaks))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsActive(c) && !(keepLineBreaks && c is '\n' or '\t'))
            {
                builder.Append(Visible(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>For Spectre.Console's markup strings (titles, progress descriptions): escaped, then with <c>[</c> and <c>]</c> doubled.</summary>
    public static string Markup(string text) => Spectre.Console.Markup.Escape(Escape(text));

    /// <summary>A control (C0, DEL, C1) or a bidirectional formatting character.</summary>
    public static bool IsActive(char c) =>
        c < 0x20 || c is >= '\u007f' and <= '\u009f' || IsBidi(c);

    internal static bool IsBidi(char c) =>
        c is '\u061c' or '\u200e' or '\u200f' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';

    private static bool NeedsEscape(string text, bool keepLineBreaks)
    {
        foreach (var c in text)
        {
            if (IsActive(c) && !(keepLineBreaks && c is '\n' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    private static string Visible(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        <= '\u00ff' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
        _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
    };
}
