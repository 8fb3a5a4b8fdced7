namespace Grader.Formulas.Latex;

/// <summary>A formula as read from LaTeX, before its symbols mean anything; offsets index the LaTeX text.</summary>
internal abstract record MathNode(int Offset, int Length)
{
    public int End => Offset + Length;
}
