namespace Grader.Reference.Syntax;

/// <summary>An expression of the model language; Offset and Length locate it in its source text.</summary>
internal abstract record Expr(int Offset, int Length)
{
    public int End => Offset + Length;
}
