using Grader.Reference;
using Grader.Values;
using static Grader.Core.Tests.Reference.Models;

namespace Grader.Core.Tests.Reference;

/// <summary>The catalogue's problems, as their specs write them, on their public cases.</summary>
internal sealed class CatalogueModelsTests
{
    private const double Approved = 1e-9;

    [Test]
    public void Evaluate_ToyNetworkPublicCase_MatchesApprovedGradients()
    {
        // Given
        var program = Compile(
            "U = X @ W1 + b1\nZ = relu(U)\ny = Z @ w2 + b2\nL = 0.5 * sum((y - t)^2)\n",
            [Float("X", "N", "2"), Float("t", "N"), Float("W1", "2", "H"), Float("b1", "H"), Float("w2", "H"), Float("b2")],
            ("W1", "grad(L, W1)"), ("b1", "grad(L, b1)"), ("w2", "grad(L, w2)"), ("b2", "grad(L, b2)"), ("L", "L"));
        var inputs = Inputs(
            ("X", M(new[,] { { 0.6, -1.0 }, { 0.8, -1.0 }, { -0.4, 0.9 }, { 0.2, 0.0 } })),
            ("t", V(-0.8, -0.1, 0.9, 0.7)),
            ("W1", M(new[,] { { -0.8, -0.7, 0.6 }, { -1.0, 0.5, -1.0 } })),
            ("b1", V(-0.2, -1.0, -0.7)),
            ("w2", V(0.1, -1.0, 0.5)),
            ("b2", S(-0.7)));

        // When
        var result = program.Evaluate(inputs);

        // Then
        AssertClose(Output(result, "W1"), M(new[,] { { 0.0122, 0, 0.061 }, { -0.0268, 0, -0.134 } }), Approved);
        AssertClose(Output(result, "b1"), V(0.0268, 0, 0.134), Approved);
        AssertClose(Output(result, "w2"), V(0.1168, 0, 0.1536), Approved);
        AssertClose(Output(result, "b2"), S(-2.732), Approved);
        AssertClose(Output(result, "L"), S(2.38554), Approved);
        Assert.That(program.Outputs.Select(o => o.WrtInput), Is.EqualTo(new[] { "W1", "b1", "w2", "b2", null }));
    }

    [Test]
    public void Evaluate_SoftmaxCePublicCase_MatchesApprovedLossAndGradient()
    {
        // Given
        var program = SoftmaxCe();
        var inputs = Inputs(("Z", M(new[,] { { 1, 2, 0.5 }, { 0.1, -1, 3 } })), ("y", Labels(1, 2)));

        // When
        var result = program.Evaluate(inputs);

        // Then
        AssertClose(Output(result, "loss"), S(0.2675715015), 1e-10);
        AssertClose(
            Output(result, "dZ"),
            M(new[,] { { 0.1156119488, -0.1857341404, 0.0701221916 }, { 0.0256318029, 0.008532086, -0.0341638888 } }),
            1e-10);
    }

    [Test]
    public void Evaluate_SoftmaxCeWithLogitsOfMagnitude1000_IsFiniteAndExact()
    {
        // Given
        var program = SoftmaxCe();
        var inputs = Inputs(("Z", M(new[,] { { 1000.0, -1000, 999 }, { -1000, 1000, 1000 } })), ("y", Labels(2, 0)));

        // When
        var result = program.Evaluate(inputs);

        // Then: row 0 loses log(1 + e) - ... exactly; row 1 picks a class 2000 below the top
        var row0 = Math.Log(1 + Math.Exp(-1)) + 1;
        var row1 = 2000 + Math.Log(2);
        AssertClose(Output(result, "loss"), S((row0 + row1) / 2), 1e-9);
        var s = 1 / (1 + Math.Exp(-1));
        AssertClose(Output(result, "dZ"), M(new[,] { { s / 2, 0, ((1 - s) - 1) / 2 }, { -0.5, 0.25, 0.25 } }), 1e-12);
    }

    [Test]
    public void Evaluate_SoftTargetsPublicCase_MatchesApproved()
    {
        // Given
        var program = Compile("E = -sum(t * log_softmax(y))", [Float("y", "K"), Float("t", "K")], ("dy", "grad(E, y)"));

        // When
        var result = program.Evaluate(Inputs(("y", V(2, 1, 0.1)), ("t", V(0.2, 0.5, 0.5))));

        // Then
        AssertClose(Output(result, "dy"), V(0.5908013667, -0.2090804352, -0.3817209315), 1e-10);
    }

    [Test]
    public void Evaluate_LrRangeWithoutModel_GivesZeroAndInverseCurvature()
    {
        // Given
        var program = Compile(null, [Float("a"), Float("b"), Float("c")], ("lo", "0"), ("hi", "1 / a"));

        // When
        var result = program.Evaluate(Inputs(("a", S(5)), ("b", S(0)), ("c", S(2))));

        // Then
        AssertClose(Output(result, "lo"), S(0), Approved);
        AssertClose(Output(result, "hi"), S(0.2), Approved);
    }

    internal static ModelProgram SoftmaxCe() => Compile(
        "J = -mean(pick(log_softmax(Z, axis=1), y))",
        [Float("Z", "N", "K"), Int("y", "N")],
        ("loss", "J"),
        ("dZ", "grad(J, Z)"));
}
