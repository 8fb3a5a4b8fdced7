namespace Grader.Reference.Syntax;

internal sealed record NameExpr(int Offset, int Length, string Name) : Expr(Offset, Length);
