namespace Grader.Reference.Syntax;

/// <summary><c>target.T</c>.</summary>
internal sealed record TransposeExpr(int Offset, int Length, Expr Target) : Expr(Offset, Length);
