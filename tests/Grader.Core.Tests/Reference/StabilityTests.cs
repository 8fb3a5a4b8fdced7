using static Grader.Core.Tests.Reference.Models;

using Grader.Verification;

namespace Grader.Core.Tests.Reference;

/// <summary>Functions that overflow when written naively, at arguments of magnitude 1000.</summary>
internal sealed class StabilityTests
{
    private static readonly double[] Extremes = [-1000, -40, 0.5, 40, 1000];

    [TestCase("sigmoid", new[] { 0, 4.248354255291589e-18, 0.6224593312018546, 1, 1 }, new[] { 0, 4.248354255291589e-18, 0.2350037122015945, 4.248354255291589e-18, 0 })]
    [TestCase("log_sigmoid", new[] { -1000, -40, -0.47407698418010663, -4.248354255291589e-18, 0 }, new[] { 1, 1, 0.3775406687981454, 4.248354255291589e-18, 0 })]
    [TestCase("softplus", new[] { 0, 4.248354255291589e-18, 0.9740769841801067, 40, 1000 }, new[] { 0, 4.248354255291589e-18, 0.6224593312018546, 1, 1 })]
    public void Evaluate_ExtremeArguments_AreExactAndFinite(string function, double[] values, double[] slopes)
    {
        // Given
        var program = Compile(null, [Float("x", "n")], ("f", $"{function}(x)"), ("df", $"grad(sum({function}(x)), x)"));

        // When
        var result = program.Evaluate(Inputs(("x", V(Extremes))));

        // Then
        AssertRelative(Output(result, "f").ToArray(), values);
        AssertRelative(Output(result, "df").ToArray(), slopes);
    }

    [Test]
    public void Evaluate_LogSumExpAndSoftmaxAt1000_AreExact()
    {
        // Given
        var program = Compile(
            null,
            [Float("Z", "N", "K")],
            ("lse", "logsumexp(Z, axis=1)"),
            ("dlse", "grad(sum(logsumexp(Z, axis=1)), Z)"),
            ("lsm", "log_softmax(Z, axis=1)"),
            ("sm", "softmax(Z, axis=0)"));

        // When
        var result = program.Evaluate(Inputs(("Z", M(new[,] { { 1000.0, 1000 }, { -1000, 0 } }))));

        // Then
        AssertRelative(Output(result, "lse").ToArray(), [1000 + Math.Log(2), Math.Log(1 + Math.Exp(-1000))]);
        AssertRelative(Output(result, "dlse").ToArray(), [0.5, 0.5, 0, 1]);
        AssertRelative(Output(result, "lsm").ToArray(), [-Math.Log(2), -Math.Log(2), -1000, 0]);
        AssertRelative(Output(result, "sm").ToArray(), [1, 1, 0, 0]);
    }

    [Test]
    public void GradientCheck_ExtremeArguments_Passes()
    {
        // Given
        var program = Compile(
            "f = sum(sigmoid(x)) + sum(softplus(x)) + sum(log_sigmoid(x)) + logsumexp(x) + sum(log_softmax(x) * x)",
            [Float("x", "n")],
            ("dx", "grad(f, x)"));

        // When
        var result = Grader.Verification.GradientCheck.Run(program, Inputs(("x", V(Extremes))));

        // Then
        Assert.That(result.Outputs[0].EntriesChecked, Is.EqualTo(5));
        Assert.That(result.Passed(), Is.True, $"max relative error {result.MaxRelativeError}");
    }

    private static void AssertRelative(double[] actual, double[] expected)
    {
        Assert.That(actual, Has.Length.EqualTo(expected.Length));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.That(double.IsFinite(actual[i]), Is.True, $"element {i} is {actual[i]}");
            Assert.That(actual[i], Is.EqualTo(expected[i]).Within(1e-12 * Math.Max(1e-300, Math.Abs(expected[i]))).Or.EqualTo(expected[i]).Within(1e-15), $"element {i}");
        }
    }
}
