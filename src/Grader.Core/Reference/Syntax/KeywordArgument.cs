using Grader.Values;

namespace Grader.Reference.Syntax;

/// <summary>A <c>name=value</c> argument of a call, such as <c>axis=1</c>.</summary>
internal sealed record KeywordArgument(NameExpr Keyword, Expr Value);
