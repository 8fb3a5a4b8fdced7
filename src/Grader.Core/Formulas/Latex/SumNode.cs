namespace Grader.Formulas.Latex;

/// <summary><c>\sum_{i=1}^{N} body</c>; HeaderLength covers <c>\sum</c> and its limits.</summary>
internal sealed record SumNode(int Offset, int Length, int HeaderLength, string Index, MathNode? Lower, MathNode? Upper, MathNode Body)
    : MathNode(Offset, Length);
