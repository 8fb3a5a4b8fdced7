using Grader.Reference;
using Grader.Values;
using Grader.Verification;
using static Grader.Core.Tests.Reference.Models;

namespace Grader.Core.Tests.Reference;

/// <summary>Every operation's reverse-mode gradient against central finite differences.</summary>
internal sealed class OperationGradientTests
{
    private static readonly InputDeclaration[] Declarations =
        [Float("x", "N", "K"), Float("v", "K"), Float("u", "N"), Float("A", "K", "J"), Float("s"), Int("y", "N")];

    [TestCase("sum(x * v)", "x", "v", TestName = "Broadcast_MatrixTimesVector")]
    [TestCase("sum(x / (2 + v^2))", "x", "v", TestName = "Broadcast_Divide")]
    [TestCase("sum(x.T * u) - sum(s - x)", "x", "u", "s", TestName = "Transpose_AndSubtractScalar")]
    [TestCase("sum(exp(x) * s)", "x", "s", TestName = "Exp_TimesScalar")]
    [TestCase("sum(tanh(x @ A))", "x", "A", TestName = "MatMul_MatrixMatrix")]
    [TestCase("sum(sigmoid(v @ A))", "v", "A", TestName = "MatMul_VectorMatrix")]
    [TestCase("sum(A.T @ v)", "A", "v", TestName = "MatMul_MatrixVector")]
    [TestCase("x[0] @ v + x[-1] @ v", "x", "v", TestName = "MatMul_VectorVectorAndRows")]
    [TestCase("sum(log(1 + x^2)) + sum(sqrt(2 + x))", "x", TestName = "Log_Sqrt")]
    [TestCase("sum(softplus(x) - log_sigmoid(x) * v)", "x", "v", TestName = "Softplus_LogSigmoid")]
    [TestCase("sum(relu(x) * v) + sum(abs(x))", "x", "v", TestName = "Relu_Abs_AwayFromKinks")]
    [TestCase("sum(sign(x) * x)", "x", TestName = "Sign_HasZeroSlope")]
    [TestCase("sum(sum(x, axis=0) * v)", "x", "v", TestName = "Sum_Axis0")]
    [TestCase("sum(mean(x, axis=1) * u)", "x", "u", TestName = "Mean_Axis1")]
    [TestCase("sum(mean(x, axis=-1)^2) + mean(x)", "x", TestName = "Mean_NegativeAxisAndAll")]
    [TestCase("sum(logsumexp(x, axis=0)^2) + sum(logsumexp(x)^2)", "x", TestName = "LogSumExp_Axes")]
    [TestCase("sum(log_softmax(x, axis=0) * x)", "x", TestName = "LogSoftmax_Axis0")]
    [TestCase("sum(softmax(x, axis=1) * x) + sum(softmax(v)^3)", "x", "v", TestName = "Softmax_Axes")]
    [TestCase("sum(pick(x, y)^2) + pick(v, K - 2)^2", "x", "v", TestName = "Pick_MatrixAndVector")]
    [TestCase("sum(onehot(y, K) * x^2)", "x", TestName = "OneHot_IsConstant")]
    [TestCase("sum(x[1:]^2) + sum(x[:2] * x[1:3])", "x", TestName = "Slice_Overlapping")]
    [TestCase("s^3 + 2^s + sum((2 + x)^s)", "s", "x", TestName = "Power_BaseAndExponent")]
    [TestCase("sum((x @ A).T @ u)", "A", "u", TestName = "MatMul_TransposedChain")]
    public void Grad_Operation_MatchesFiniteDifferences(string f, params string[] wrt)
    {
        // Given
        var program = Compile(null, Declarations, [.. wrt.Select(w => ("d" + w, $"grad({f}, {w})"))]);
        var inputs = RandomInputs(new Random(f.Length));

        // When
        var result = GradientCheck.Run(program, inputs);

        // Then
        Assert.That(result.Outputs, Has.Count.EqualTo(wrt.Length));
        Assert.That(result.Outputs.Sum(o => o.EntriesChecked), Is.GreaterThan(0));
        Assert.That(result.MaxRelativeError, Is.LessThan(1e-8));
    }

    [Test]
    public void Grad_ThroughLoopCarriedReassignment_MatchesFiniteDifferences()
    {
        // Given
        var program = Compile(
            "h = v\nfor i in range(3):\n    for j in range(i, 3):\n        h = tanh(h * v + s)\nf = sum(h)",
            Declarations,
            ("dv", "grad(f, v)"),
            ("ds", "grad(f, s)"));

        // When
        var result = GradientCheck.Run(program, RandomInputs(new Random(5)));

        // Then
        Assert.That(result.Outputs.Select(o => o.EntriesChecked), Is.EqualTo(new[] { 4, 1 }));
        Assert.That(result.MaxRelativeError, Is.LessThan(1e-8));
    }

    [Test]
    public void Grad_OfFunctionNotDependingOnVariable_IsZeroWithItsShape()
    {
        // Given
        var program = Compile("f = sum(v)", Declarations, ("dx", "grad(f, x)"));

        // When
        var dx = Output(program.Evaluate(RandomInputs(new Random(1))), "dx");

        // Then
        AssertClose(dx, Tensor.Zeros(3, 4), 0);
    }

    [Test]
    public void Grad_InsideModel_IsAConstant()
    {
        // Given: g = grad(sum(v^2), v) = 2v, but it is not differentiated further
        var program = Compile("g = grad(sum(v^2), v)\nf = sum(g * v)", Declarations, ("dv", "grad(f, v)"));
        var inputs = RandomInputs(new Random(2));

        // When
        var dv = Output(program.Evaluate(inputs), "dv");

        // Then: d/dv sum(g v) with g held fixed is g = 2v, not 4v
        AssertClose(dv, TensorScale((Tensor)inputs["v"], 2), 1e-15);
    }

    internal static Dictionary<string, Value> RandomInputs(Random random) => Inputs(
        ("x", Random(random, 1.5, 3, 4)),
        ("v", Random(random, 1, 4)),
        ("u", Random(random, 1, 3)),
        ("A", Random(random, 1, 4, 2)),
        ("s", Tensor.Scalar(1.3 + random.NextDouble())),
        ("y", Labels(3, 0, 2)));

    private static Tensor TensorScale(Tensor t, double factor) => t.Map(x => x * factor);
}
