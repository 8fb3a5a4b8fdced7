namespace Grader.Reference.Syntax;

/// <summary>A list of arrays written out, <c>[x]</c> or <c>[]</c>; with <c>+</c>, how a model collects one value per layer.</summary>
internal sealed record ListExpr(int Offset, int Length, IReadOnlyList<Expr> Items) : Expr(Offset, Length);
