namespace Grader.Formulas.Latex;

/// <summary><c>|x|</c>, elementwise.</summary>
internal sealed record AbsNode(int Offset, int Length, MathNode Operand) : MathNode(Offset, Length);
