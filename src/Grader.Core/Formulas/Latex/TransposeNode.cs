namespace Grader.Formulas.Latex;

/// <summary><c>^T</c>, <c>^\top</c>, <c>^{\intercal}</c>, also at the end of a tag: <c>a^{(2)T}</c>.</summary>
internal sealed record TransposeNode(int Offset, int Length, MathNode Operand) : MathNode(Offset, Length);
