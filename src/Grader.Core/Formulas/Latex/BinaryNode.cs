namespace Grader.Formulas.Latex;

/// <summary>Two operands and an operator; OperatorOffset locates the operator (juxtaposition: the right operand).</summary>
internal sealed record BinaryNode(int Offset, int Length, MathOperator Operator, int OperatorOffset, int OperatorLength, MathNode Left, MathNode Right)
    : MathNode(Offset, Length);
