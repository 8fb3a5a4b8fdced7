namespace Grader.Derivations.Markdown;

/// <summary>
/// One pass over a Markdown text: the display-math blocks, the ATX headings, and the ranges hidden from
/// the math (code, HTML, comments). Line-level constructs are read at each line's start
/// (<c>MarkdownScanner.Lines.cs</c>), the rest character by character (<c>MarkdownScanner.Inline.cs</c>).
/// Every search is bounded by the text or a paragraph and remembered when it fails, so the pass is linear.
/// </summary>
internal sealed partial class MarkdownScanner
{
    private readonly LineIndex _lines;
    private readonly string _text;
    private readonly IssueList _issues;
    private readonly ClosingSearch _search;
    private int _previousEnd;
    private bool _interrupted;

    private MarkdownScanner(LineIndex lines, IssueList issues)
    {
        _lines = lines;
        _text = lines.Text;
        _issues = issues;
        _search = new ClosingSearch(_text);
    }

    public List<ScannedBlock> Blocks { get; } = [];

    public List<WriteUpHeading> Headings { get; } = [];

    /// <summary>Code, HTML blocks and comments, in order: no macro defined there counts.</summary>
    public List<(int Start, int End)> Hidden { get; } = [];

    public static MarkdownScanner Scan(LineIndex lines, IssueList issues)
    {
        var scanner = new MarkdownScanner(lines, issues);
        var at = 0;
        while (at < scanner._text.Length)
        {
            var afterBlock = scanner.LineConstruct(at);
            at = afterBlock >= 0 ? afterBlock : scanner.InlineLine(at);
        }

        return scanner;
    }

    private void AddBlock(DisplayDelimiter delimiter, int start, int end, int contentStart, int contentEnd)
    {
        Blocks.Add(new ScannedBlock(delimiter, start, end, contentStart, contentEnd, TextLinesBetween(_previousEnd, start), _interrupted));
        _previousEnd = end;
        _interrupted = false;
    }

    /// <summary>Hides code, HTML or a comment from the math; a block-level one also stops a chain from continuing across it.</summary>
    private void Hide(int start, int end, bool block)
    {
        Hidden.Add((start, end));
        _interrupted |= block;
    }

    /// <summary>Lines holding any non-blank text in [from, to): the prose between two blocks.</summary>
    private int TextLinesBetween(int from, int to)
    {
        var count = 0;
        for (var lineStart = from; lineStart < to; lineStart = _lines.NextLineStart(lineStart))
        {
            var end = Math.Min(_lines.LineEnd(lineStart), to);
            if (end > lineStart && !_text.AsSpan(lineStart, end - lineStart).IsWhiteSpace())
            {
                count++;
            }
        }

        return count;
    }
}
