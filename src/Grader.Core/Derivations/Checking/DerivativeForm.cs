namespace Grader.Derivations.Checking;

/// <summary>How a derivative is written, so a message can quote the student's own form.</summary>
internal enum DerivativeForm
{
    /// <summary><c>\frac{\partial J}{\partial W^{(2)}}</c>, <c>\frac{dJ}{dW}</c>.</summary>
    Fraction,

    /// <summary><c>\partial J / \partial W</c>.</summary>
    Slash,

    /// <summary><c>\nabla_{W^{(1)}} L</c>, <c>\nabla_{W}(L)</c>.</summary>
    Nabla,

    /// <summary>An operator applied to what follows it: <c>\frac{d}{dx}\sigma(x)</c>, <c>\frac{\partial}{\partial z} J</c>.</summary>
    Operator,
}
