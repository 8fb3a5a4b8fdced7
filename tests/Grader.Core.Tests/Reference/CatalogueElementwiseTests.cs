using Grader.Reference;
using static Grader.Core.Tests.Reference.Models;

namespace Grader.Core.Tests.Reference;

/// <summary>The catalogue's elementwise and regularisation problems on their public cases.</summary>
internal sealed class CatalogueElementwiseTests
{
    private const double Approved = 1e-9;

    internal static ModelProgram Activations() => Compile(
        null,
        [Float("x", "n")],
        ("sigmoid", "grad(sum(sigmoid(x)), x)"),
        ("tanh", "grad(sum(tanh(x)), x)"),
        ("relu", "grad(sum(relu(x)), x)"),
        ("abs", "grad(sum(abs(x)), x)"),
        ("softplus", "grad(sum(softplus(x)), x)"));

    internal static ModelProgram ElasticNet() => Compile(
        "R = l1 * sum(abs(W)) + l2 * sum(W^2)", [Float("W", "R", "C"), Float("l1"), Float("l2")], ("dW", "grad(R, W)"));

    internal static ModelProgram LogisticL2() => Compile(
        "m = X @ w + w0\nl = -mean(y * log_sigmoid(m) + (1 - y) * log_sigmoid(-m)) + lam * sum(w^2)",
        [Float("X", "n", "d"), Float("y", "n"), Float("w", "d"), Float("w0"), Float("lam")],
        ("w", "grad(l, w)"), ("w0", "grad(l, w0)"));

    internal static ModelProgram Bce() => Compile(
        "C = -mean(y * log(a) + (1 - y) * log(1 - a))", [Float("a", "n"), Float("y", "n")], ("da", "grad(C, a)"));

    [Test]
    public void Evaluate_ActivationsPublicCase_MatchesApproved()
    {
        // Given
        var inputs = Inputs(("x", V(-2, -0.5, 0.5, 2)));

        // When
        var result = Activations().Evaluate(inputs);

        // Then
        AssertClose(Output(result, "sigmoid"), V(0.1049935854, 0.2350037122, 0.2350037122, 0.1049935854), Approved);
        AssertClose(Output(result, "tanh"), V(0.0706508249, 0.786447733, 0.786447733, 0.0706508249), Approved);
        AssertClose(Output(result, "relu"), V(0, 0, 1, 1), Approved);
        AssertClose(Output(result, "abs"), V(-1, -1, 1, 1), Approved);
        AssertClose(Output(result, "softplus"), V(0.119202922, 0.3775406688, 0.6224593312, 0.880797078), Approved);
        Assert.That(result.KinkDistance, Is.EqualTo(0.5));
    }

    [Test]
    public void Evaluate_ElasticNetPublicCase_MatchesApproved()
    {
        // Given
        var inputs = Inputs(("W", M(new[,] { { 0.5, -1 }, { 2, -0.25 } })), ("l1", S(0.1)), ("l2", S(0.01)));

        // When
        var result = ElasticNet().Evaluate(inputs);

        // Then
        AssertClose(Output(result, "dW"), M(new[,] { { 0.11, -0.12 }, { 0.14, -0.105 } }), Approved);
    }

    [Test]
    public void Evaluate_LogisticL2PublicCase_MatchesApproved()
    {
        // Given
        var inputs = Inputs(
            ("X", M(new[,] { { 1, 2 }, { -1, 0.5 }, { 0.3, -0.7 } })),
            ("y", V(1, 0, 1)),
            ("w", V(0.4, -0.2)),
            ("w0", S(0.1)),
            ("lam", S(0.01)));

        // When
        var result = LogisticL2().Evaluate(inputs);

        // Then
        AssertClose(Output(result, "w"), V(-0.3252070074, -0.1579045863), Approved);
        AssertClose(Output(result, "w0"), S(-0.1615560129), Approved);
    }

    [Test]
    public void Evaluate_LogisticL2WithMarginsOf40_MatchesClosedForm()
    {
        // Given: margins m = ±45 and ±1000; the gradient is mean((σ(m) − y) x) + 2 λ w
        var inputs = Inputs(
            ("X", M(new[,] { { 45.0, 0 }, { 0, -1000 } })),
            ("y", V(0, 1)),
            ("w", V(1, 1)),
            ("w0", S(0)),
            ("lam", S(0)));

        // When
        var result = LogisticL2().Evaluate(inputs);

        // Then
        var s45 = 1 / (1 + Math.Exp(-45));
        AssertClose(Output(result, "w"), V(s45 * 45 / 2, 1000.0 / 2), 1e-12);
        AssertClose(Output(result, "w0"), S((s45 - 1) / 2), 1e-12);
    }

    [Test]
    public void Evaluate_BcePublicCase_MatchesApproved()
    {
        // Given
        var inputs = Inputs(("a", V(0.9, 0.2, 0.6)), ("y", V(1, 0, 1)));

        // When
        var result = Bce().Evaluate(inputs);

        // Then
        AssertClose(Output(result, "da"), V(-0.3703703704, 0.4166666667, -0.5555555556), 1e-10);
    }
}
