using Grader.Derivations.Equations;

namespace Grader.Derivations.Chains;

/// <summary>
/// Turns blocks, in order, into chains. A clause with its own left side starts a chain; one that opens
/// with a relation continues the chain before it: from the line before (<c>&amp;= C</c>) or, as its
/// <see cref="BlockContext"/> allows, from the block before. A relation other than <c>=</c> ends its
/// chain after its step, and the next chain starts at its right side. A block without relations ends
/// the chain (an equation number alone in <c>$$(56)$$</c>, a definition).
/// </summary>
internal sealed partial class ChainBuilder(IssueList issues)
{
    private readonly List<DerivationChain> _chains = [];
    private ChainDraft? _current;
    private WriteUpHeading? _heading;

    /// <summary>A relation with nothing after it (<c>A = B =</c> at a line's end), waiting for the line that goes on with <c>= C</c>.</summary>
    private StepRelation? _dangling;
    private int _steps;
    private int _block;
    private int _lastSideBlock = -1;

    /// <summary>A limit on chains or steps was reached: nothing more is read.</summary>
    public bool IsFull { get; private set; }

    /// <summary>Something that is no block came between (a notebook cell of prose only): the chain ends.</summary>
    public void Interrupt() => EndChain();

    public IReadOnlyList<DerivationChain> Finish()
    {
        EndChain();
        return _chains;
    }

    public void Block(EquationLayout? layout, BlockContext context)
    {
        _block++;
        _heading = context.Heading;
        if (context.Continues is null || layout is null)
        {
            EndChain();
        }

        if (layout is null || IsFull)
        {
            return;
        }

        var related = false;
        EquationSide? pending = null;
        var link = context.Continues ?? StepLink.Inline;
        foreach (var row in layout.Rows)
        {
            var clauses = row.Clauses();
            if (clauses.All(c => c.Relations.Count == 0))
            {
                if (!RowWithoutRelation(row, layout, context.Lines, ref pending))
                {
                    return;
                }

                continue;
            }

            foreach (var clause in clauses.Where(c => c.Relations.Count > 0))
            {
                if (!Clause(clause, layout, context.Lines, link, ref pending))
                {
                    return;
                }

                related = true;
                link = StepLink.Inline;
            }

            link = StepLink.NextLine;
        }

        if (!related)
        {
            EndChain();
        }
    }

    /// <summary>A line with no relation extends the side before it in this block, or is the left side of a line that opens with <c>=</c>.</summary>
    private bool RowWithoutRelation(EquationRow row, EquationLayout layout, LineIndex lines, ref EquationSide? pending)
    {
        if (Read(lines, layout, row.Start, row.End) is not { } side)
        {
            return false;
        }

        if (side.IsEmpty)
        {
            return true;
        }

        if (_current is not null && _lastSideBlock == _block)
        {
            _current.Last.Extend(side);
        }
        else
        {
            pending = side;
        }

        return true;
    }

    /// <returns>null when the side is too long: the chain ends before it and the rest of the block is skipped.</returns>
    private EquationSide? Read(LineIndex lines, EquationLayout layout, int start, int end)
    {
        var side = SideText.Read(lines, layout.Removed, start, end);
        if (side is null)
        {
            var text = lines.Text.AsSpan(start, end - start);
            var from = start + text.Length - text.TrimStart().Length;
            issues.Add(WriteUpError.SideTooLong(issues.File, lines.Point(from), text.Trim().Length));
            EndChain();
        }

        return side;
    }
}
