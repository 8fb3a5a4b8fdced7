using Grader.Derivations.Chains;
using Grader.Derivations.Equations;
using Grader.Derivations.Markdown;

namespace Grader.Derivations;

/// <summary>One reading of a write-up, over one text or several cells: Markdown, then each block's math, then chains.</summary>
internal sealed class WriteUpReading
{
    private readonly IssueList _issues;
    private readonly ChainBuilder _chains;
    private readonly List<DisplayMath> _blocks = [];
    private readonly List<WriteUpHeading> _headings = [];
    private readonly List<MacroDefinition> _macros = [];
    private int _budget = WriteUpLimits.MaxTextLength;
    private int? _previousCell;

    public WriteUpReading(string file)
    {
        _issues = new IssueList(file);
        _chains = new ChainBuilder(_issues);
    }

    public void Source(string text, int? cell)
    {
        if (_budget <= 0 || _chains.IsFull)
        {
            return;
        }

        var whole = text.Length;
        if (whole > _budget)
        {
            var cut = text.LastIndexOf('\n', _budget - 1);
            text = text[..(cut > 0 ? cut + 1 : _budget)];
        }

        _budget = whole > _budget ? 0 : _budget - whole;
        var lines = new LineIndex(text, cell);
        try
        {
            Blocks(lines, MarkdownScanner.Scan(lines, _issues), cell);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            _issues.Add(WriteUpError.ReadingFailed(_issues.File, lines.Point(0), error));
        }

        if (text.Length < whole)
        {
            _issues.Add(WriteUpError.TextTooLong(_issues.File, lines.Point(text.Length), whole));
        }

        _previousCell = cell;
    }

    public WriteUp Finish()
    {
        IReadOnlyList<DerivationChain> chains = _chains.Finish();
        if (_macros.Count > 0)
        {
            var names = _macros.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
            chains = [.. chains.Select(c => c with { Macros = MacroScan.Used(c, names) })];
        }

        return new WriteUp(_issues.File, chains, _blocks, _headings, _macros, _issues.ToList());
    }

    private void Blocks(LineIndex lines, MarkdownScanner scan, int? cell)
    {
        MacroScan.Find(lines, scan.Hidden, _macros, _issues);
        if (scan.Blocks.Count == 0)
        {
            // A cell of prose only: the next cell's "= …" has nothing right before it to continue.
            _chains.Interrupt();
        }

        var before = _headings.Count;
        _headings.AddRange(scan.Headings);
        var heading = before - 1;
        for (var b = 0; b < scan.Blocks.Count && !_chains.IsFull; b++)
        {
            var block = scan.Blocks[b];
            while (heading + 1 < _headings.Count && _headings[heading + 1].Span.Offset < block.Start)
            {
                heading++;
            }

            var under = heading >= 0 ? _headings[heading] : null;
            _blocks.Add(new DisplayMath(block.Delimiter, lines.Span(block.Start, block.End), under));
            var layout = EquationScanner.Scan(lines, block.ContentStart, block.ContentEnd, _issues);
            _chains.Block(layout, new BlockContext(lines, under, Continues(block, b == 0, cell)));
        }
    }

    /// <summary>How a block opening with <c>=</c> may continue the chain before it: nothing but a little prose between.</summary>
    private StepLink? Continues(ScannedBlock block, bool firstOfSource, int? cell)
    {
        var adjacent = !firstOfSource || (cell is { } number && _previousCell == number - 1);
        return !adjacent || block.Interrupted || block.TextLinesBefore > WriteUpLimits.MaxProseLinesBetween ? null
            : block.TextLinesBefore == 0 ? StepLink.NextBlock
            : StepLink.AfterText;
    }
}
