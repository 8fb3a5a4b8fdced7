using Grader.Formulas;
using Grader.Specs;
using static Grader.Core.Tests.Formulas.FormulaGrading;

namespace Grader.Core.Tests.Formulas;

/// <summary>Formulas in the numpy-like syntax: the model language, with the bounds and the exclusions of a formula.</summary>
internal sealed class NumpyFormulaTests
{
    private static FormulaReading Read(string problem, string formula) =>
        Context(problem).ReadNumpy(SourceText.Inline(formula, "answers.yaml"));

    [Test]
    public void ReadNumpy_SoftmaxGradient_IsRight()
    {
        // Given the issue's example answer for dZ
        var reading = Read("softmax-ce", "(softmax(Z, axis=1) - onehot(y, K)) / N");

        // When
        var grade = Grade("softmax-ce", "dZ", reading);

        // Then
        Assert.That(grade, Is.EqualTo(Right));
    }

    [Test]
    public void ReadNumpy_TheLossFromIntermediates_IsRight()
    {
        // Given the loss written with the model's intermediate values
        var reading = Read("two-layer-l2", "-mean(pick(log_softmax(z3, axis=1), y)) + lam * (sum(W1^2) + sum(W2^2))");

        // When
        var grade = Grade("two-layer-l2", "loss", reading);

        // Then
        Assert.That(grade, Is.EqualTo(Right));
    }

    [Test]
    public void ReadLatexAndNumpy_SameFormula_SameValues()
    {
        // Given one gradient in both syntaxes
        var latex = ReadLatex("two-layer-l2", @"\frac{1}{N} \sum_{i=1}^{N} W^{(2)T} (\psi(z^{(3)}_i) - \Delta_i) \odot \mathbb{1}[z^{(2)}_i > 0]");
        var numpy = Read("two-layer-l2", "sum(((softmax(z3, axis=1) - onehot(y, K)) @ W2) * sign(relu(z2)), axis=0) / N");

        // When
        var a = Grade("two-layer-l2", "b1", latex);
        var b = Grade("two-layer-l2", "b1", numpy);

        // Then
        Assert.That((a, b), Is.EqualTo((Right, Right)));
    }

    [TestCase("grad(J, W1)", 1, "a formula answer may not use 'grad'")]
    [TestCase("2 * detach(a2)", 5, "a formula answer may not use 'detach'")]
    [TestCase("onehot(y, 1000000000)", 11, "the number of classes of onehot must be the problem's dimension symbol")]
    [TestCase("sum(z3 @ W1)", 8, "shapes (N, K) and (H, D) do not align for '@': inner dimensions K and H differ")]
    public void ReadNumpy_NotAnAnswer_ErrorAtItsPlace(string formula, int column, string problem)
    {
        // Given a formula the grader must refuse

        // When
        var error = Assert.Throws<SpecException>(() => Read("two-layer-l2", formula));

        // Then
        Assert.That((error!.Location.Column, error.Problem), Is.EqualTo((column, problem)));
    }

    [TestCase("(")]
    [TestCase("-")]
    [TestCase("2^")]
    public void ReadNumpy_DeeplyNested_IsTooDeep(string unit)
    {
        // Given a formula that would recurse once per unit in the model language's parser
        var count = 900 / unit.Length;
        var formula = string.Concat(Enumerable.Repeat(unit, count)) + "N" + (unit == "(" ? new string(')', count) : string.Empty);

        // When
        var error = Assert.Throws<SpecException>(() => Read("softmax-ce", formula));

        // Then
        Assert.That(error!.Problem, Does.StartWith("the formula nests more than 40 levels deep here"));
    }
}
