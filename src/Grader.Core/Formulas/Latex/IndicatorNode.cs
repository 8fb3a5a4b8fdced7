namespace Grader.Formulas.Latex;

/// <summary><c>\mathbb{1}[z > 0]</c>, <c>\mathbb{I}\{z > 0\}</c>, <c>\mathbb{1}_{z > 0}</c>: 1 where the relation holds, else 0.</summary>
internal sealed record IndicatorNode(int Offset, int Length, MathNode Left, string Relation, MathNode Right) : MathNode(Offset, Length);
