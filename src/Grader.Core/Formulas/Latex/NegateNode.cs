namespace Grader.Formulas.Latex;

internal sealed record NegateNode(int Offset, int Length, MathNode Operand) : MathNode(Offset, Length);
