using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Grader.Cli.Handouts;

/// <summary>
/// A problem's Markdown (statement, signatures, inputs table) as HTML for a self-contained page, by
/// Markdig: CommonMark and pipe tables, raw HTML written as text, an image replaced by its alt text
/// (a page loads nothing), a link whose scheme is not http, https or mailto (<c>javascript:</c>,
/// <c>data:</c>) replaced by its text. Markdig escapes every text node.
/// </summary>
internal static class StatementHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    public static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => l.IsImage || !IsSafe(l.Url)).ToList())
        {
            link.ReplaceBy(new LiteralInline(Text(link)), copyChildren: false);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().Where(l => !IsSafe(l.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>A relative URL (no scheme before the first <c>/ ? #</c>), or one of the safe schemes.</summary>
    internal static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var end = url.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (end >= 0 && end < colon) || SafeSchemes.Contains(url[..colon].Trim(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What a link or image shows: its text, or an image's alt text.</summary>
    private static string Text(ContainerInline link) =>
        string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()))
        + string.Concat(link.Descendants<CodeInline>().Select(c => c.Content));
}
