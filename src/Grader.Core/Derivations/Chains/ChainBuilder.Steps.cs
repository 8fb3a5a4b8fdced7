using Grader.Derivations.Equations;

namespace Grader.Derivations.Chains;

/// <summary>Clauses into steps, and the bounds on chains and steps.</summary>
internal sealed partial class ChainBuilder
{
    /// <returns>false when a side was too long and the rest of the block is skipped.</returns>
    private bool Clause(EquationClause clause, EquationLayout layout, LineIndex lines, StepLink link, ref EquationSide? pending)
    {
        if (Read(lines, layout, clause.Sides[0].Start, clause.Sides[0].End) is not { } first)
        {
            return false;
        }

        if (!first.IsEmpty)
        {
            EndChain();
            StartChain(first);
            link = StepLink.Inline;
        }
        else if (pending is not null)
        {
            // A left side alone on the line before.
            EndChain();
            StartChain(pending);
            link = StepLink.NextLine;
        }
        else if (_current is null)
        {
            // Nothing to continue: the left side is not written.
            StartChain(EquationSide.Missing(lines, clause.Relations[0].Start));
            link = StepLink.Inline;
        }

        pending = null;
        for (var k = 0; k < clause.Relations.Count && _current is not null; k++)
        {
            var mark = clause.Relations[k];
            var relation = new StepRelation(mark.Relation, lines.Text[mark.Start..mark.End], lines.Span(mark.Start, mark.End));
            if (Read(lines, layout, clause.Sides[k + 1].Start, clause.Sides[k + 1].End) is not { } right)
            {
                return false;
            }

            // A = B = (end of line) then = C: the two relations are one step, B = C.
            relation = _dangling is { IsEquality: false } && relation.IsEquality ? _dangling : relation;
            _dangling = right.IsEmpty ? relation : null;
            if (!right.IsEmpty)
            {
                AddStep(relation, right, k == 0 ? link : StepLink.Inline);
            }
        }

        return true;
    }

    private void AddStep(StepRelation relation, EquationSide right, StepLink link)
    {
        if (IsFull || _current is null || _current.Cut)
        {
            return;
        }

        if (_current.StepCount >= WriteUpLimits.MaxStepsPerChain)
        {
            issues.Add(WriteUpError.ChainTooLong(issues.File, relation.Span));
            _current.Cut = true;
            return;
        }

        if (_steps >= WriteUpLimits.MaxSteps)
        {
            issues.Add(WriteUpError.TooManySteps(issues.File, relation.Span));
            IsFull = true;
            return;
        }

        _current.Add(relation, right, link);
        _steps++;
        _lastSideBlock = _block;
        if (!relation.IsEquality)
        {
            EndChain();
            StartChain(right);
        }
    }

    private void StartChain(EquationSide first)
    {
        _current = new ChainDraft(first, _heading);
        _dangling = null;
        _lastSideBlock = _block;
    }

    private void EndChain()
    {
        if (_current is { StepCount: > 0 } done && !IsFull)
        {
            if (_chains.Count >= WriteUpLimits.MaxChains)
            {
                var first = done.ToChain().First;
                issues.Add(WriteUpError.TooManyChains(issues.File, first.Span));
                IsFull = true;
            }
            else
            {
                _chains.Add(done.ToChain());
            }
        }

        _current = null;
        _dangling = null;
    }
}
