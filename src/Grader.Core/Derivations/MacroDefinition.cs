namespace Grader.Derivations;

/// <summary>
/// A macro the write-up defines (<c>\newcommand</c>, <c>\renewcommand</c>, <c>\def</c>,
/// <c>\DeclareMathOperator</c>, …). Macros are not expanded: a side that uses one may be unreadable later.
/// </summary>
/// <param name="Name">With its backslash: <c>\R</c>.</param>
internal sealed record MacroDefinition(string Name, WriteUpSpan Span);
