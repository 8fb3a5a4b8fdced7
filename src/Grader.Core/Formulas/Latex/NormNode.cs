namespace Grader.Formulas.Latex;

/// <summary><c>\|W\|</c> with its subscript (<c>F</c>, <c>2</c>, <c>1</c> or none).</summary>
internal sealed record NormNode(int Offset, int Length, MathNode Operand, string? Kind) : MathNode(Offset, Length);
