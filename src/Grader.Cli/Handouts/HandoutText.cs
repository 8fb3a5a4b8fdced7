using System.Net;
using System.Text;
using Grader.Reports;

namespace Grader.Cli.Handouts;

/// <summary>
/// Text a handout prints but nobody checked (a student's name and id from the roster, which the LMS
/// export copies from what students typed) made inert: it reads as itself in Markdown, in any math
/// renderer that reads Markdown, and in HTML.
/// </summary>
internal static class HandoutText
{
    /// <summary>
    /// For the middle of a Markdown line: <see cref="MarkdownText.Inline"/> (controls, links, HTML, code,
    /// emphasis, tables), and also <c>$</c>, which would open math in GitHub, Jupyter or MathJax, and
    /// <c>&amp;</c>, which would start a character reference.
    /// </summary>
    public static string Markdown(string text)
    {
        var inline = MarkdownText.Inline(text);
        var builder = new StringBuilder(inline.Length + 4);
        foreach (var c in inline)
        {
            if (c is '$' or '&')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A Markdown code span holding the text literally (an id).</summary>
    public static string MarkdownCode(string text) => MarkdownText.CodeSpan(text);

    /// <summary>
    /// For an HTML text node or a quoted attribute: controls shown escaped (line feeds kept only when
    /// asked, for a <c>&lt;pre&gt;</c>), then <c>&lt; &gt; &amp; " '</c> as references.
    /// </summary>
    public static string Html(string text, bool keepLineBreaks = false) => WebUtility.HtmlEncode(InertText.Escape(text, keepLineBreaks));
}
