using System.Text.RegularExpressions;

namespace Grader.Derivations.Markdown;

/// <summary>What a line's start decides: blank lines, fenced code, HTML blocks and comments, headings.</summary>
internal sealed partial class MarkdownScanner
{
    /// <summary>CommonMark's HTML blocks that end at their closing tag (type 1).</summary>
    private static readonly string[] RawTags = ["script", "pre", "style", "textarea"];

    /// <summary>CommonMark's HTML blocks that end at a blank line (type 6).</summary>
    private static readonly HashSet<string> BlockTags = new(
        ["address", "article", "aside", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog",
         "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
         "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "nav", "noframes",
         "ol", "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th",
         "thead", "title", "tr", "track", "ul"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads a line-level construct at <paramref name="lineStart"/>; returns where reading goes on, or -1 for an ordinary line.</summary>
    private int LineConstruct(int lineStart)
    {
        var lineEnd = _lines.LineEnd(lineStart);
        var line = _text.AsSpan(lineStart, lineEnd - lineStart);
        if (line.IsWhiteSpace())
        {
            return _lines.NextLineStart(lineStart);
        }

        var indent = line.Length - line.TrimStart(" \t").Length;
        var rest = line[indent..];
        if (rest.StartsWith("```") || rest.StartsWith("~~~"))
        {
            return FencedCode(lineStart, lineStart + indent, rest);
        }

        if (indent > 3)
        {
            return -1;
        }

        if (rest.StartsWith("<!--"))
        {
            return HtmlUntil(lineStart, lineStart + indent, "-->", "<!--");
        }

        if (rest[0] == '#' && HeadingAt(lineStart + indent, rest) is { } heading)
        {
            Headings.Add(heading);
            _interrupted = true;
            return _lines.NextLineStart(lineStart);
        }

        return HtmlTag().Match(_text, lineStart + indent, lineEnd - lineStart - indent) is { Success: true } tag
            ? HtmlBlock(lineStart, lineStart + indent, tag.Groups["name"].Value)
            : -1;
    }

    private int FencedCode(int lineStart, int fenceStart, ReadOnlySpan<char> rest)
    {
        var fence = rest[..(rest.Length - rest.TrimStart(rest[0]).Length)].ToString();
        for (var at = _lines.NextLineStart(lineStart); at < _text.Length; at = _lines.NextLineStart(at))
        {
            var closing = _text.AsSpan(at, _lines.LineEnd(at) - at).Trim();
            if (closing.Length >= fence.Length && closing.TrimStart(fence[0]).IsEmpty)
            {
                Hide(lineStart, _lines.LineEnd(at), block: true);
                return _lines.NextLineStart(at);
            }
        }

        _issues.Add(WriteUpError.CodeNeverClosed(_issues.File, _lines.Span(fenceStart, fenceStart + fence.Length), fence));
        Hide(lineStart, _text.Length, block: true);
        return _text.Length;
    }

    private int HtmlBlock(int lineStart, int tagStart, string name)
    {
        if (RawTags.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return HtmlUntil(lineStart, tagStart, $"</{name.ToLowerInvariant()}>", name);
        }

        if (!BlockTags.Contains(name))
        {
            return -1;
        }

        var at = lineStart;
        while (at < _text.Length && !_lines.IsBlank(at))
        {
            at = _lines.NextLineStart(at);
        }

        Hide(lineStart, at, block: true);
        return at;
    }

    /// <summary>An HTML block that ends on the line of its closer; unclosed, it hides the rest of the text.</summary>
    private int HtmlUntil(int lineStart, int openerStart, string closer, string opener)
    {
        var close = closer == "-->"
            ? _search.Find(closer, openerStart + 4)
            : FindIgnoringCase(closer, openerStart);
        if (close >= 0)
        {
            Hide(lineStart, close + closer.Length, block: true);
            return _lines.NextLineStart(close);
        }

        var span = _lines.Span(openerStart, openerStart + Math.Min(opener.Length + 1, _text.Length - openerStart));
        _issues.Add(closer == "-->"
            ? WriteUpError.CommentNeverClosed(_issues.File, span)
            : WriteUpError.HtmlNeverClosed(_issues.File, span, opener.ToLowerInvariant()));
        Hide(lineStart, _text.Length, block: true);
        return _text.Length;
    }

    /// <summary>An ATX heading: one to six hashes, then a space or the line's end; closing hashes dropped.</summary>
    private WriteUpHeading? HeadingAt(int start, ReadOnlySpan<char> rest)
    {
        var level = rest.Length - rest.TrimStart('#').Length;
        if (level > 6 || (level < rest.Length && rest[level] is not (' ' or '\t')))
        {
            return null;
        }

        var text = rest[level..].Trim();
        var closing = text.TrimEnd('#');
        if (closing.Length == 0 || closing[^1] is ' ' or '\t')
        {
            text = closing.TrimEnd();
        }

        var kept = text[..Math.Min(text.Length, WriteUpLimits.MaxHeadingLength)].ToString();
        return new WriteUpHeading(level, kept, _lines.Span(start, start + rest.Length));
    }

    private int FindIgnoringCase(string closer, int from) => _text.IndexOf(closer, from, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\G</?(?<name>[A-Za-z][A-Za-z0-9]{0,15})(?=[\s/>]|$)", RegexOptions.Multiline)]
    private static partial Regex HtmlTag();
}
