namespace Grader.Reference.Syntax;

/// <summary>Unary minus.</summary>
internal sealed record NegateExpr(int Offset, int Length, Expr Operand) : Expr(Offset, Length);
