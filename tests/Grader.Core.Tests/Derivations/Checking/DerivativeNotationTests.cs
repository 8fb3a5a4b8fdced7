using Grader.Derivations.Checking;

namespace Grader.Core.Tests.Derivations.Checking;

internal sealed class DerivativeNotationTests
{
    [TestCase(@"\frac{\partial J}{\partial W^{(2)}}", "J", "W^{(2)}", DerivativeForm.Fraction)]
    [TestCase(@"\dfrac{\partial \tilde{J}}{\partial \mathbf{W}^{(2)}} \left(\theta, \{x_i, y_i\}_{i=1}^N\right)", @"\tilde{J}", @"\mathbf{W}^{(2)}", DerivativeForm.Fraction)]
    [TestCase(@"\frac{dE}{dy}", "E", "y", DerivativeForm.Fraction)]
    [TestCase(@"\partial J / \partial W_{ij}", "J", "W_{ij}", DerivativeForm.Slash)]
    [TestCase(@"\nabla_{W^{(1)}} L", "L", "W^{(1)}", DerivativeForm.Nabla)]
    [TestCase(@"\nabla_a(C)", "C", "a", DerivativeForm.Nabla)]
    [TestCase(@"\frac{d}{dx}\sigma(x)", @"\sigma(x)", "x", DerivativeForm.Operator)]
    public void Read_Derivative_ItsParts(string latex, string numerator, string denominator, DerivativeForm form)
    {
        // Given a side that is one derivative
        // When
        var symbol = DerivativeNotation.Read(latex);

        // Then
        Assert.That(symbol, Is.EqualTo(new DerivativeSymbol(numerator, denominator, form)));
    }

    [TestCase(@"\frac{\partial J}{\partial a} \frac{\partial a}{\partial z}")]
    [TestCase(@"\frac{\partial^2 C}{\partial a^2}")]
    [TestCase(@"\frac{1}{N} \frac{\partial J}{\partial z}")]
    [TestCase(@"\frac{dx}{2}")]
    [TestCase(@"\nabla L")]
    [TestCase(@"\frac{\partial J}{")]
    public void Read_NotOneFirstDerivative_IsNull(string latex)
    {
        // Given a product of derivatives, a second derivative, a scaled one, a fraction, a bare nabla, broken LaTeX
        // When / Then
        Assert.That(DerivativeNotation.Read(latex), Is.Null);
    }

    [TestCase(@"\frac{1}{N} \frac{\partial J}{\partial z}", true)]
    [TestCase(@"\sum_i \nabla_{w} l_i", true)]
    [TestCase(@"2 \frac{d}{dx} x^2", true)]
    [TestCase(@"\frac{dx}{2} + d", false)]
    [TestCase(@"\psi(z) - \Delta", false)]
    public void Mentions_Side_WhetherItHoldsADerivative(string latex, bool expected)
    {
        // Given a side
        // When / Then
        Assert.That(DerivativeNotation.Mentions(latex), Is.EqualTo(expected));
    }
}
