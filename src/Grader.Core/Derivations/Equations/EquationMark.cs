namespace Grader.Derivations.Equations;

/// <summary>
/// A mark at the top level of a display block's math: a relation between two sides, or a break between
/// clauses of one line (<c>\quad</c>, prose such as <c>\text{ where }</c>).
/// </summary>
/// <param name="InParentheses">Inside plain parentheses or brackets: <c>(x = 0)</c> is no relation of the line, if the line's brackets balance.</param>
internal sealed record EquationMark(bool IsRelation, int Start, int End, RelationKind Relation, bool InParentheses);
