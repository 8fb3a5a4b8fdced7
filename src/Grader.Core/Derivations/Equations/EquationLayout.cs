namespace Grader.Derivations.Equations;

/// <summary>
/// A display block read at its top level: its lines, and the ranges no side keeps (alignment marks,
/// <c>\tag</c>, <c>\label</c>, comments, macro definitions, the <c>\begin</c>/<c>\end</c> of align-like
/// environments), in order.
/// </summary>
internal sealed record EquationLayout(IReadOnlyList<EquationRow> Rows, IReadOnlyList<(int Start, int End)> Removed);
