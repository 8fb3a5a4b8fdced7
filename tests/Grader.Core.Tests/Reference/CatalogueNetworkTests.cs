using Grader.Reference;
using Grader.Values;
using static Grader.Core.Tests.Reference.Models;

namespace Grader.Core.Tests.Reference;

/// <summary>The catalogue's network problems (layers, lists of layers, an SGD loop) on their public cases.</summary>
internal sealed class CatalogueNetworkTests
{
    private const double Approved = 1e-9;

    internal static ModelProgram TwoLayerL2() => Compile(
        """
        z2 = X @ W1.T + b1
        a2 = relu(z2)
        z3 = a2 @ W2.T + b2
        J = -mean(pick(log_softmax(z3, axis=1), y)) + lam * (sum(W1^2) + sum(W2^2))
        """,
        [Float("X", "N", "D"), Int("y", "N"), Float("W1", "H", "D"), Float("b1", "H"), Float("W2", "K", "H"), Float("b2", "K"), Float("lam")],
        ("loss", "J"), ("W1", "grad(J, W1)"), ("b1", "grad(J, b1)"), ("W2", "grad(J, W2)"), ("b2", "grad(J, b2)"));

    internal static ModelProgram Nielsen() => Compile(
        """
        act = x
        for l in range(len(weights)):
            act = sigmoid(weights[l] @ act + biases[l])
        C = 0.5 * sum((act - y)^2)
        """,
        [Float("x", "n0", "1"), Float("y", "nL", "1"), List("weights", "n[i+1]", "n[i]"), List("biases", "n[i+1]", "1")],
        ("nabla_b", "grad(C, biases)"), ("nabla_w", "grad(C, weights)"));

    /// <summary>The catalogue's spelling: each layer's z and a collected in lists, which formulas name.</summary>
    internal static ModelProgram NielsenCollected() => Compile(
        """
        acts = [x]
        zs = []
        for l in range(len(weights)):
            zs = zs + [weights[l] @ acts[l] + biases[l]]
            acts = acts + [sigmoid(zs[l])]
        C = 0.5 * sum((acts[len(weights)] - y)^2)
        """,
        [Float("x", "n0", "1"), Float("y", "nL", "1"), List("weights", "n[i+1]", "n[i]"), List("biases", "n[i+1]", "1")],
        ("nabla_b", "grad(C, biases)"), ("nabla_w", "grad(C, weights)"), ("zs", "zs"), ("acts", "acts"));

    internal static ModelProgram SgdEpoch() => Compile(
        """
        # one epoch of mini-batch SGD
        for s in range(0, N, batch_size):
            J = -mean(pick(log_softmax(X[s:s + batch_size] @ W + b, axis=1), y[s:s + batch_size]))
            gW = grad(J, W)
            gb = grad(J, b)
            W = W - lr * gW
            b = b - lr * gb
        """,
        [Float("X", "N", "D"), Int("y", "N"), Float("W", "D", "K"), Float("b", "K"), Float("lr"), Int("batch_size")],
        ("W", "W"), ("b", "b"));

    [Test]
    public void Evaluate_TwoLayerL2PublicCase_MatchesApproved()
    {
        // Given
        var inputs = Inputs(
            ("X", M(new[,] { { 1, -2 }, { 0.5, 0.3 } })),
            ("y", Labels(2, 0)),
            ("W1", M(new[,] { { 0.2, -0.4 }, { 0.7, 0.1 }, { -0.3, 0.5 } })),
            ("b1", V(0.1, -0.2, 0.05)),
            ("W2", M(new[,] { { 0.3, -0.1, 0.2 }, { -0.5, 0.4, 0.1 }, { 0.2, 0.2, -0.6 } })),
            ("b2", V(0, 0.1, -0.1)),
            ("lam", S(0.25)));

        // When
        var result = TwoLayerL2().Evaluate(inputs);

        // Then
        AssertClose(Output(result, "loss"), S(1.5675320492), 1e-10);
        AssertClose(Output(result, "W1"), M(new[,] { { -0.0381448433, -0.1363042463 }, { 0.3789060573, 0.1713010055 }, { -0.2191933411, 0.2084839953 } }), Approved);
        AssertClose(Output(result, "b1"), V(-0.2199117405, 0.0977957188, -0.1383866822), Approved);
        AssertClose(
            Output(result, "W2"),
            M(new[,] { { 0.3504811687, -0.0483881287, 0.0832266402 }, { -0.1140763413, 0.2664437913, 0.0592847911 }, { -0.2364048273, 0.0319443373, -0.2925114312 } }),
            Approved);
        AssertClose(Output(result, "b2"), V(-0.1288139741, 0.295757633, -0.1669436589), Approved);
    }

    [Test]
    public void Evaluate_NielsenPublicCase_MatchesApprovedLists()
    {
        // Given
        var inputs = Inputs(
            ("x", M(new[,] { { 0.5 }, { -0.3 } })),
            ("y", M(new[,] { { 1.0 } })),
            ("weights", new TensorList([M(new[,] { { 0.1, -0.2 }, { 0.4, 0.3 }, { -0.5, 0.6 } }), M(new[,] { { 0.7, -0.1, 0.2 } })])),
            ("biases", new TensorList([M(new[,] { { 0.0 }, { 0.1 }, { -0.1 } }), M(new[,] { { 0.05 } })])));

        // When
        var result = Nielsen().Evaluate(inputs);

        // Then
        var nablaB = (TensorList)result.Outputs["nabla_b"];
        var nablaW = (TensorList)result.Outputs["nabla_w"];
        Assert.That(Nielsen().Outputs.Select(o => o.IsList), Is.All.True);
        AssertClose(nablaB[0], M(new[,] { { -0.0163113682 }, { 0.0023116714 }, { -0.0043610143 } }), Approved);
        AssertClose(nablaB[1], M(new[,] { { -0.0934900562 } }), Approved);
        AssertClose(nablaW[0], M(new[,] { { -0.0081556841, 0.0048934104 }, { 0.0011558357, -0.0006935014 }, { -0.0021805071, 0.0013083043 } }), Approved);
        AssertClose(nablaW[1], M(new[,] { { -0.0493134154, -0.0516352975, -0.0346396447 } }), Approved);
    }

    [Test]
    public void Evaluate_NielsenWithCollectedLayers_SameGradientsAndOneValuePerLayer()
    {
        // Given the public case, and the model that collects z and a per layer with [..] and +
        var inputs = Inputs(
            ("x", M(new[,] { { 0.5 }, { -0.3 } })),
            ("y", M(new[,] { { 1.0 } })),
            ("weights", new TensorList([M(new[,] { { 0.1, -0.2 }, { 0.4, 0.3 }, { -0.5, 0.6 } }), M(new[,] { { 0.7, -0.1, 0.2 } })])),
            ("biases", new TensorList([M(new[,] { { 0.0 }, { 0.1 }, { -0.1 } }), M(new[,] { { 0.05 } })])));

        // When
        var collected = NielsenCollected().Evaluate(inputs).Outputs;
        var plain = Nielsen().Evaluate(inputs).Outputs;

        // Then: gradients flow through the lists; acts holds x and one activation per layer
        AssertClose(((TensorList)collected["nabla_w"])[0], ((TensorList)plain["nabla_w"])[0], 1e-15);
        AssertClose(((TensorList)collected["nabla_b"])[1], ((TensorList)plain["nabla_b"])[1], 1e-15);
        Assert.That(((TensorList)collected["zs"]).Count, Is.EqualTo(2));
        Assert.That(((TensorList)collected["acts"]).Count, Is.EqualTo(3));
        AssertClose(((TensorList)collected["acts"])[0], M(new[,] { { 0.5 }, { -0.3 } }), 0);
    }

    [Test]
    public void Evaluate_SgdEpochPublicCase_MatchesApprovedWeights()
    {
        // Given
        var inputs = Inputs(
            ("X", M(new[,] { { 1, 0 }, { 0, 1 }, { 1, 1 }, { -1, 0.5 }, { 0.2, -0.3 } })),
            ("y", Labels(0, 1, 2, 1, 0)),
            ("W", M(new[,] { { 0.1, -0.1, 0 }, { 0, 0.2, -0.2 } })),
            ("b", V(0, 0, 0)),
            ("lr", S(0.5)),
            ("batch_size", Tensor.IntScalar(2)));

        // When
        var result = SgdEpoch().Evaluate(inputs);

        // Then
        AssertClose(Output(result, "W"), M(new[,] { { 0.2865105462, -0.4356252621, 0.1491147158 }, { -0.3143793806, 0.3592732441, -0.0448938635 } }), Approved);
        AssertClose(Output(result, "b"), V(0.2413615458, -0.0527745868, -0.188586959), Approved);
    }
}
