using Grader.Reference;
using Grader.Specs;
using static Grader.Core.Tests.Reference.Models;

namespace Grader.Core.Tests.Reference;

/// <summary>Kinked functions at exact zeros, subgradient choices and the kink distance.</summary>
internal sealed class KinkTests
{
    [TestCase(KinkChoice.Default, 0.0, 0.0, 0.0)]
    [TestCase(KinkChoice.Low, 0.0, -1.0, -1.0)]
    [TestCase(KinkChoice.High, 1.0, 1.0, 1.0)]
    public void Evaluate_KinkChoiceAtExactZero_PicksTheSubgradientEnd(KinkChoice choice, double relu, double abs, double sign)
    {
        // Given
        var program = Compile(null, [Float("x", "n")], ("relu", "grad(sum(relu(x)), x)"), ("abs", "grad(sum(abs(x)), x)"), ("sign", "sign(x)"));

        // When
        var result = program.Evaluate(Inputs(("x", V(0, 2))), choice);

        // Then
        AssertClose(Output(result, "relu"), V(relu, 1), 0);
        AssertClose(Output(result, "abs"), V(abs, 1), 0);
        AssertClose(Output(result, "sign"), V(sign, 1), 0);
        Assert.That(result.KinkDistance, Is.Zero);
    }

    [Test]
    public void Evaluate_ElasticNetAtZeroWithLowAndHigh_SpansMinusL1ToL1()
    {
        // Given
        var program = CatalogueElementwiseTests.ElasticNet();
        var inputs = Inputs(("W", M(new[,] { { 0.0, 1 } })), ("l1", S(0.3)), ("l2", S(0.5)));

        // When
        var low = program.Evaluate(inputs, KinkChoice.Low);
        var high = program.Evaluate(inputs, KinkChoice.High);

        // Then
        AssertClose(Output(low, "dW"), M(new[,] { { -0.3, 1.3 } }), 1e-15);
        AssertClose(Output(high, "dW"), M(new[,] { { 0.3, 1.3 } }), 1e-15);
    }

    [Test]
    public void Evaluate_CustomSubgradientSet_IsUsed()
    {
        // Given
        var program = Compile(null, [Float("x", "n")], ("relu", "grad(sum(relu(x)), x)"));
        var sets = new Dictionary<string, SubgradientSet> { ["relu"] = new(0.25, 0.75) };

        // When
        var result = program.Evaluate(Inputs(("x", V(0.0))), KinkChoice.High, sets);

        // Then
        AssertClose(Output(result, "relu"), V(0.75), 0);
    }

    [Test]
    public void Evaluate_NoKinkedFunction_HasInfiniteKinkDistance()
    {
        // Given
        var program = CatalogueElementwiseTests.Bce();

        // When
        var result = program.Evaluate(Inputs(("a", V(0.5)), ("y", V(1))));

        // Then
        Assert.That(result.KinkDistance, Is.EqualTo(double.PositiveInfinity));
    }

    [Test]
    public void Evaluate_ToyNetworkKinkDistance_IsTheSmallestPreActivation()
    {
        // Given
        var program = Compile("Z = relu(X @ W)", [Float("X", "N", "2"), Float("W", "2", "H")], ("Z", "Z"));

        // When
        var result = program.Evaluate(Inputs(("X", M(new[,] { { 1, 2 } })), ("W", M(new[,] { { 0.5, -3 }, { -0.2, 1 } }))));

        // Then
        Assert.That(result.KinkDistance, Is.EqualTo(0.1).Within(1e-15));
    }
}
