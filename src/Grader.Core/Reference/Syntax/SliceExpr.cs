namespace Grader.Reference.Syntax;

/// <summary><c>target[start:stop]</c> along the first axis, either bound optional.</summary>
internal sealed record SliceExpr(int Offset, int Length, Expr Target, Expr? Start, Expr? Stop) : Expr(Offset, Length);
