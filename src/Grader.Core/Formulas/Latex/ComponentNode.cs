namespace Grader.Formulas.Latex;

/// <summary>A subscript on something that is not a symbol: <c>\psi(z_i)_{y_i}</c> is entry y_i of the vector.</summary>
internal sealed record ComponentNode(int Offset, int Length, MathNode Target, MathNode Index) : MathNode(Offset, Length);
