namespace Grader.Reference.Syntax;

/// <summary><c>target[index]</c>: an element of a list, or a row of an array.</summary>
internal sealed record IndexExpr(int Offset, int Length, Expr Target, Expr Index) : Expr(Offset, Length);
