using Grader.Values;

namespace Grader.Reference.Syntax;

internal sealed record NumberExpr(int Offset, int Length, double Value, bool IsInteger) : Expr(Offset, Length);
