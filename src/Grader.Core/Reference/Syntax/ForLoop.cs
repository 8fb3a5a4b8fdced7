namespace Grader.Reference.Syntax;

/// <summary><c>for i in range(...):</c> and its indented block.</summary>
internal sealed record ForLoop(NameExpr Variable, CallExpr Range, IReadOnlyList<Statement> Body) : Statement;
