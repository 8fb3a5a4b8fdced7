using Grader.Values;

namespace Grader.Reference.Syntax;

internal sealed record Assignment(NameExpr Target, Expr Value) : Statement;
