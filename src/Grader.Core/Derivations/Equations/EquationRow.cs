namespace Grader.Derivations.Equations;

/// <summary>One line of a display block (the block split at top-level <c>\\</c>) and its marks, in order.</summary>
/// <param name="BracketsBalance">Plain parentheses and brackets balance on the line, so a mark inside them is no top-level relation.</param>
internal sealed record EquationRow(int Start, int End, IReadOnlyList<EquationMark> Marks, bool BracketsBalance)
{
    /// <summary>The line cut into clauses, each cut into sides at its relations.</summary>
    public IReadOnlyList<EquationClause> Clauses()
    {
        var clauses = new List<EquationClause>();
        var sides = new List<(int Start, int End)>();
        var relations = new List<EquationMark>();
        var start = Start;
        foreach (var mark in Marks)
        {
            if (mark.InParentheses && BracketsBalance)
            {
                continue;
            }

            sides.Add((start, mark.Start));
            start = mark.End;
            if (mark.IsRelation)
            {
                relations.Add(mark);
            }
            else
            {
                clauses.Add(new EquationClause([.. sides], [.. relations]));
                sides.Clear();
                relations.Clear();
            }
        }

        sides.Add((start, End));
        clauses.Add(new EquationClause([.. sides], [.. relations]));
        return clauses;
    }
}
