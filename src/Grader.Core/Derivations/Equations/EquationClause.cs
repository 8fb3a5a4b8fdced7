namespace Grader.Derivations.Equations;

/// <summary>A clause of a line: its sides' source ranges and the relations between them (one fewer).</summary>
internal sealed record EquationClause(IReadOnlyList<(int Start, int End)> Sides, IReadOnlyList<EquationMark> Relations);
