namespace Grader.Reference.Syntax;

internal sealed record CallExpr(int Offset, int Length, NameExpr Function, IReadOnlyList<Expr> Arguments, IReadOnlyList<KeywordArgument> Keywords)
    : Expr(Offset, Length)
{
    public string Name => Function.Name;
}
