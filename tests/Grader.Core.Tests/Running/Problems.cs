using Grader.Cases;
using Grader.Reference;
using Grader.Running;
using Grader.Specs;
using Grader.Specs.Generators;
using Grader.Values;

namespace Grader.Core.Tests.Running;

/// <summary>Contracts and public cases from CATALOGUE.md used by the runner tests.</summary>
internal static class Problems
{
    public static ProblemContract ToyNetwork { get; } = new(
        "toy-network", "toy_network_gradients", "ToyNetworkGradients", ["X", "t", "W1", "b1", "w2", "b2"],
        [new("W1", false), new("b1", false), new("w2", false), new("b2", false)]);

    public static ProblemContract SoftmaxCe { get; } = new(
        "softmax-ce", "softmax_ce", "SoftmaxCe", ["Z", "y"], [new("loss", false), new("dZ", false)]);

    public static ProblemContract SoftTargets { get; } = new(
        "soft-targets", "soft_target_grad", "SoftTargetGrad", ["y", "t"], [new("dy", false)]);

    public static ProblemContract NielsenBackprop { get; } = new(
        "nielsen-backprop", "backprop", "Backprop", ["x", "y", "weights", "biases"], [new("nabla_b", true), new("nabla_w", true)]);

    public static IReadOnlyList<ProblemContract> All { get; } = [ToyNetwork, SoftmaxCe, SoftTargets, NielsenBackprop];

    public static SolvedCase ToyNetworkPublic { get; } = Public(
    [
        Tensor.Matrix(new[,] { { 0.6, -1.0 }, { 0.8, -1.0 }, { -0.4, 0.9 }, { 0.2, 0.0 } }),
        Tensor.Vector(-0.8, -0.1, 0.9, 0.7),
        Tensor.Matrix(new[,] { { -0.8, -0.7, 0.6 }, { -1.0, 0.5, -1.0 } }),
        Tensor.Vector(-0.2, -1.0, -0.7),
        Tensor.Vector(0.1, -1.0, 0.5),
        Tensor.Scalar(-0.7),
    ]);

    public static SolvedCase SoftmaxCePublic { get; } = Public(
    [
        Tensor.Matrix(new[,] { { 1, 2, 0.5 }, { 0.1, -1, 3 } }),
        Tensor.IntVector(1, 2),
    ]);

    public static SolvedCase SoftTargetsPublic { get; } = Public(
        [Tensor.Vector(2, 1, 0.1), Tensor.Vector(0.2, 0.5, 0.5)]);

    public static SolvedCase NielsenPublic { get; } = Public(
    [
        Tensor.Matrix(new[,] { { 0.5 }, { -0.3 } }),
        Tensor.Matrix(new[,] { { 1.0 } }),
        new TensorList([Tensor.Matrix(new[,] { { 0.1, -0.2 }, { 0.4, 0.3 }, { -0.5, 0.6 } }), Tensor.Matrix(new[,] { { 0.7, -0.1, 0.2 } })]),
        new TensorList([Tensor.Matrix(new[,] { { 0.0 }, { 0.1 }, { -0.1 } }), Tensor.Matrix(new[,] { { 0.05 } })]),
    ]);

    public static double[] ToyW1 { get; } = [0.0122, 0, 0.061, -0.0268, 0, -0.134];

    public static double[] SoftmaxDZ { get; } = [0.1156119488, -0.1857341404, 0.0701221916, 0.0256318029, 0.008532086, -0.0341638888];

    public const double SoftmaxLoss = 0.2675715015;

    /// <summary>A hidden softmax case (same inputs, marked hidden).</summary>
    public static SolvedCase Hidden(SolvedCase item, int number) => item with { Case = item.Case with { Name = $"hidden-{number}", Hidden = true } };

    /// <summary>A public case with just its arguments: the runner needs no reference.</summary>
    private static SolvedCase Public(IReadOnlyList<Value> arguments) =>
        new(new GradingCase("public", false, new DimScope(), new Dictionary<string, Value>()), arguments, Empty, Empty, Empty, double.PositiveInfinity, []);

    private static Dictionary<string, Value> Empty => [];

    public static string Fixture(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Running", "Fixtures", name);
}
