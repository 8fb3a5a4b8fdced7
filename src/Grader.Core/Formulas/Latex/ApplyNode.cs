namespace Grader.Formulas.Latex;

/// <summary>A function applied: <c>\psi(z)</c>, <c>\log x</c>, <c>\max(0, x)</c>.</summary>
internal sealed record ApplyNode(int Offset, int Length, SymbolNode Function, IReadOnlyList<MathNode> Arguments) : MathNode(Offset, Length);
