using Grader.Reference;
using Grader.Specs;
using Grader.Values;
using static Grader.Core.Tests.Reference.Models;

namespace Grader.Core.Tests.Reference;

/// <summary>What a compiled program tells its callers about its outputs.</summary>
internal sealed class ModelProgramTests
{
    [Test]
    public void Compile_TwoLayerL2_InfersSymbolicOutputShapes()
    {
        // Given
        var program = CatalogueNetworkTests.TwoLayerL2();

        // When
        var shapes = program.Outputs.Select(o => o.Shape is null ? "?" : string.Join(",", o.Shape)).ToList();

        // Then
        Assert.That(shapes, Is.EqualTo(new[] { string.Empty, "H,D", "H", "K,H", "K" }));
        Assert.That(program.Outputs.Select(o => o.IsGradient), Is.EqualTo(new[] { false, true, true, true, true }));
    }

    [Test]
    public void Compile_SgdEpoch_ReassignedInputsAreNotCheckableGradients()
    {
        // Given
        var program = Compile(
            "for k in range(3):\n    W = W - 0.1 * grad(sum(W^2), W)",
            [Float("W", "D")],
            ("W", "W"),
            ("dW", "grad(sum(W^2), W)"));

        // When
        var info = program.Outputs[1];

        // Then
        Assert.That(info.IsGradient, Is.True);
        Assert.That(info.WrtInput, Is.Null);
        AssertClose(Output(program.Evaluate(Inputs(("W", V(1, -2)))), "W"), V(0.512, -1.024), 1e-12);
    }

    [Test]
    public void Compile_NielsenGradients_AreLists()
    {
        // Given
        var program = CatalogueNetworkTests.Nielsen();

        // When
        var infos = program.Outputs;

        // Then
        Assert.That(infos.Select(o => (o.IsList, o.WrtInput)), Is.EqualTo(new[] { (true, "biases"), (true, "weights") }));
    }

    [Test]
    public void Evaluate_Diag_IsTheDiagonalMatrixAndItsGradientTheDiagonal()
    {
        // Given Σ′(z)-style: a column vector on a diagonal, times another column
        var program = Compile("D = diag(x)\nC = sum(D @ y)", [Float("x", "n", "1"), Float("y", "n", "1")], ("D", "D"), ("dx", "grad(C, x)"));

        // When
        var outputs = program.Evaluate(Inputs(("x", M(new[,] { { 2.0 }, { -3.0 } })), ("y", M(new[,] { { 5.0 }, { 7.0 } })))).Outputs;

        // Then: diag(x) @ y = x ⊙ y, so ∂C/∂x = y, shaped like x
        AssertClose((Tensor)outputs["D"], M(new[,] { { 2.0, 0 }, { 0, -3.0 } }), 0);
        AssertClose((Tensor)outputs["dx"], M(new[,] { { 5.0 }, { 7.0 } }), 1e-15);
    }

    [Test]
    public void Evaluate_MissingInput_IsASpecError()
    {
        // Given
        var program = CatalogueElementwiseTests.Bce();

        // When
        var error = Assert.Throws<SpecException>(() => program.Evaluate(Inputs(("a", V(0.5)))));

        // Then
        Assert.That(error!.Problem, Is.EqualTo("no value was given for input 'y'"));
    }

    [Test]
    public void Evaluate_IntegerInputWithFractions_IsASpecError()
    {
        // Given
        var program = CatalogueModelsTests.SoftmaxCe();

        // When
        var error = Assert.Throws<SpecException>(() => program.Evaluate(Inputs(("Z", Tensor.Zeros(1, 2)), ("y", V(0.5)))));

        // Then
        Assert.That(error!.Problem, Is.EqualTo("input 'y' must hold integers, got 0.5"));
    }
}
