namespace Grader.Formulas.Latex;

/// <summary><c>x^{2}</c>, <c>(1 + e^{-x})^{-1}</c>, <c>\tanh^2(x)</c>; <c>e^{x}</c> is read as exp when e is not a symbol of the problem.</summary>
internal sealed record PowerNode(int Offset, int Length, MathNode Base, MathNode Exponent) : MathNode(Offset, Length);
