namespace Grader.Formulas.Latex;

internal sealed record NumberNode(int Offset, int Length, double Value, bool IsInteger) : MathNode(Offset, Length);
