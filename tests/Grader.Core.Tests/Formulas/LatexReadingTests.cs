using static Grader.Core.Tests.Formulas.FormulaGrading;

namespace Grader.Core.Tests.Formulas;

/// <summary>How spellings are read: what the reading prints as, and that equivalent spellings grade alike.</summary>
internal sealed class LatexReadingTests
{
    [TestCase(@"(a_i^{(2)})^T")]
    [TestCase(@"a^{(2)T}_i")]
    [TestCase(@"a_i^{(2)\top}")]
    [TestCase(@"\left( a^{(2)}_{i} \right)^{\intercal}")]
    [TestCase(@"\mathbf{a}_i^{(2)T}")]
    public void ReadLatex_TransposeSpellings_ReadAlike(string transposed)
    {
        // Given W2's gradient with the transpose spelled in one of the accepted ways
        var latex = @"\frac{1}{N} \sum_{i=1}^{N} \left(\psi(z^{(3)}_i) - \Delta_i\right) " + transposed + @" + 2 \lambda W^{(2)}";

        // When
        var reading = ReadLatex("two-layer-l2", latex);

        // Then
        Assert.That(reading.ReadAs, Is.EqualTo("1 / N * ((softmax(z3) - onehot(y, K)).T @ a2) + 2 * lam * W2"));
    }

    [TestCase(@"\text{softmax}(z_3)", "softmax(z3)")]
    [TestCase(@"\operatorname{relu}(z_2)", "relu(z2)")]
    [TestCase(@"\mathrm{lam} \, W_1", "lam * W1")]
    [TestCase(@"\max(0, z^{(2)}_i)", "relu(z2)")]
    [TestCase(@"\max\left(z^{(2)}_i, 0\right)", "relu(z2)")]
    [TestCase(@"\|W^{(1)}\|_F^2 + \|W^{(2)}\|_2^2", "sum(W1^2) + sum(W2^2)")]
    [TestCase(@"\lambda \left( \left\| W^{(1)} \right\|_F^2 \right)", "lam * sum(W1^2)")]
    [TestCase(@"|b^{(1)}|", "abs(b1)")]
    [TestCase(@"\sigma'(z^{(2)}_i)", "sigmoid(z2) * (1 - sigmoid(z2))")]
    [TestCase(@"\tanh^2(z^{(2)}_i)", "tanh(z2)^2")]
    [TestCase(@"\log \sigma(z^{(2)}_i)", "log(sigmoid(z2))")]
    [TestCase(@"e^{-z^{(2)}_i}", "exp(-z2)")]
    [TestCase(@"\frac{1}{1 + e^{-z^{(2)}_i}}", "1 / (1 + exp(-z2))")]
    [TestCase(@"W^{(2)} a^{(2)}_i + b^{(2)}", "a2 @ W2.T + b2")]
    [TestCase(@"W^{(2)} \cdot W^{(1)}", "W2 @ W1")]
    [TestCase(@"\sum_{i=1}^{N} \|x_i\|^2", "sum(sum(X^2, axis=1))")]
    [TestCase(@"\sum_{i=0}^{N-1} z^{(2)}_i", "sum(z2, axis=0)")]
    [TestCase(@"\sum_{i=1}^{N} \lambda", "N * lam")]
    [TestCase(@"\frac{\partial J}{\partial b^{(2)}} = \frac{1}{N} \sum_i (\psi(z^{(3)}_i) - \Delta_i)", "1 / N * sum(softmax(z3) - onehot(y, K), axis=0)")]
    [TestCase(@"\frac{\partial J}{\partial z_i^{(3)}}(\theta, \{x_i, y_i\}_{i=1}^N) = \frac{1}{N} \left( \psi(z_i^{(3)}) - \delta_{iy_i} \right) \quad (2)", "1 / N * (softmax(z3) - onehot(y, K))")]
    [TestCase(@"2 \lambda W^{(2)} \tag{4}", "2 * lam * W2")]
    [TestCase(@"\lambda W^{(2)} (2)", "lam * W2")]
    [TestCase(@"\lambda W^{(2)}(2)", "lam * W2 * 2")]
    [TestCase(@"\log(1 + e^{-z^{(2)}_i})^{-1}", "log((1 + exp(-z2))^(-1))")]
    public void ReadLatex_Spelling_ReadsAs(string latex, string expected)
    {
        // Given a spelling of the two-layer problem's symbols

        // When
        var reading = ReadLatex("two-layer-l2", latex);

        // Then
        Assert.That(reading.ReadAs, Is.EqualTo(expected));
    }

    [TestCase(@"\sigma(x) (1 - \sigma(x))", "sigmoid", "right")]
    [TestCase(@"\sigma'(x)", "sigmoid", "right")]
    [TestCase(@"1 - \tanh^2(x)", "tanh", "right")]
    [TestCase(@"\mathbb{1}[x > 0]", "relu", "right")]
    [TestCase(@"\operatorname{sign}(x)", "abs", "right")]
    [TestCase(@"\sigma(x)", "softplus", "right")]
    [TestCase(@"\frac{1}{1 + e^{-x}}", "softplus", "right")]
    [TestCase(@"\sigma(\sigma(x)) (1 - \sigma(\sigma(x)))", "sigmoid", "derivative-of-output")]
    public void Grade_ActivationDerivatives_GradeAsExpected(string latex, string output, string expected)
    {
        // Given seed 002's derivatives of activations, entry by entry on the vector x

        // When
        var grade = GradeLatex("activations", output, latex);

        // Then
        Assert.That(grade, Is.EqualTo(expected));
    }

    [TestCase(@"\frac{1}{n} \left( -\frac{y}{a} + \frac{1-y}{1-a} \right)", "right")]
    [TestCase(@"\frac{1}{n} \sum_{i=1}^n \left(-\frac{y_i}{a_i} + \frac{1-y_i}{1-a_i}\right)", "wrong")]
    [TestCase(@"-\frac{y}{a} + \frac{1-y}{1-a}", "no-batch-average")]
    public void Grade_Seed004BceGradient_GradesAsExpected(string latex, string expected)
    {
        // Given seed 004, (33): per example, and wrongly summed into one number
        var reading = ReadLatex("bce", latex);

        // When
        var grade = reading.Type.Describe() == "()" ? "wrong" : Grade("bce", "da", reading);

        // Then
        Assert.That(grade, Is.EqualTo(expected));
    }

    [Test]
    [SetCulture("de-DE")]
    public void ReadAs_UnderAnotherCulture_PrintsInvariantNumbers()
    {
        // Given a decimal in a formula, read where the culture writes 0,5
        var reading = ReadLatex("two-layer-l2", @"0.5 \lambda W^{(1)}");

        // Then
        Assert.That(reading.ReadAs, Is.EqualTo("0.5 * lam * W1"));
    }
}
