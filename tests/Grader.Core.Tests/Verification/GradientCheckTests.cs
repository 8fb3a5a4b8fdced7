using Grader.Core.Tests.Reference;
using Grader.Reference;
using Grader.Specs;
using Grader.Values;
using Grader.Verification;
using static Grader.Core.Tests.Reference.Models;

namespace Grader.Core.Tests.Verification;

/// <summary>The catalogue's gradients against finite differences on random inputs, and the kink handling of the check.</summary>
internal sealed class GradientCheckTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Run_ToyNetworkOnRandomInputs_Passes(int seed)
    {
        // Given
        var random = new Random(seed);
        var inputs = Inputs(
            ("X", Random(random, 2, 7, 2)),
            ("t", Random(random, 1, 7)),
            ("W1", Random(random, 1, 2, 5)),
            ("b1", Random(random, 1, 5)),
            ("w2", Random(random, 1, 5)),
            ("b2", Random(random, 1)));
        var program = Compile(
            "U = X @ W1 + b1\nZ = relu(U)\ny = Z @ w2 + b2\nL = 0.5 * sum((y - t)^2)\n",
            [Float("X", "N", "2"), Float("t", "N"), Float("W1", "2", "H"), Float("b1", "H"), Float("w2", "H"), Float("b2")],
            ("W1", "grad(L, W1)"), ("b1", "grad(L, b1)"), ("w2", "grad(L, w2)"), ("b2", "grad(L, b2)"));

        // When
        var result = GradientCheck.Run(program, inputs);

        // Then
        Assert.That(result.Outputs, Has.Count.EqualTo(4));
        Assert.That(result.MaxRelativeError, Is.LessThan(1e-8));
        Assert.That(result.Outputs.Sum(o => o.EntriesChecked), Is.GreaterThan(20));
        Assert.That(result.Passed(), Is.True);
    }

    [Test]
    public void Run_EveryCatalogueGradientOnRandomInputs_Passes()
    {
        // Given
        var random = new Random(7);
        var cases = new (ModelProgram Program, Dictionary<string, Value> Inputs)[]
        {
            (CatalogueModelsTests.SoftmaxCe(), Inputs(("Z", Random(random, 3, 4, 3)), ("y", Labels(0, 2, 1, 2)))),
            (CatalogueNetworkTests.TwoLayerL2(), Inputs(
                ("X", Random(random, 1, 3, 4)), ("y", Labels(1, 0, 1)), ("W1", Random(random, 1, 5, 4)), ("b1", Random(random, 1, 5)),
                ("W2", Random(random, 1, 2, 5)), ("b2", Random(random, 1, 2)), ("lam", S(0.3)))),
            (CatalogueElementwiseTests.Activations(), Inputs(("x", Random(random, 4, 9)))),
            (CatalogueElementwiseTests.ElasticNet(), Inputs(("W", Random(random, 1, 3, 4)), ("l1", S(0.4)), ("l2", S(0.7)))),
            (CatalogueElementwiseTests.LogisticL2(), Inputs(
                ("X", Random(random, 2, 6, 3)), ("y", V(0, 1, 1, 0, 1, 0)), ("w", Random(random, 1, 3)), ("w0", S(0.2)), ("lam", S(0.1)))),
            (CatalogueElementwiseTests.Bce(), Inputs(("a", V(0.1, 0.5, 0.93)), ("y", V(0, 1, 0.3)))),
            (CatalogueNetworkTests.Nielsen(), Inputs(
                ("x", Random(random, 1, 3, 1)), ("y", Random(random, 1, 2, 1)),
                ("weights", new TensorList([Random(random, 1, 4, 3), Random(random, 1, 5, 4), Random(random, 1, 2, 5)])),
                ("biases", new TensorList([Random(random, 1, 4, 1), Random(random, 1, 5, 1), Random(random, 1, 2, 1)])))),
        };

        foreach (var (program, inputs) in cases)
        {
            // When
            var result = GradientCheck.Run(program, inputs);

            // Then
            Assert.That(result.Outputs, Is.Not.Empty);
            Assert.That(result.MaxRelativeError, Is.LessThan(1e-8), string.Join(", ", result.Outputs.Select(o => o.Name)));
            Assert.That(result.Passed(), Is.True);
        }
    }

    [Test]
    public void Run_OutputThatIsNotABareGrad_IsNotAGradientOutput()
    {
        // Given
        var program = Compile("f = sum(tanh(x))\ng = grad(sum(sigmoid(x)), x)", [Float("x", "n")], ("dx", "grad(f, x) + g"));
        var inputs = Inputs(("x", V(0.3, -1.2, 2)));

        // When
        var result = GradientCheck.Run(program, inputs);

        // Then: "grad(f, x) + g" is not a bare grad call, so it is not a gradient output
        Assert.That(result.Outputs, Is.Empty);
        Assert.That(program.Outputs[0].IsGradient, Is.False);
    }

    [Test]
    public void Run_ReluAtExactZero_ChecksAgainstSubgradientInterval()
    {
        // Given
        var program = Compile(null, [Float("x", "n")], ("relu", "grad(sum(relu(x)), x)"));
        var inputs = Inputs(("x", V(0, 1.5, -2, 0)));

        // When
        var result = GradientCheck.Run(program, inputs);

        // Then
        var output = result.Outputs.Single();
        Assert.That(output.EntriesAtKink, Is.EqualTo(2));
        Assert.That(output.EntriesChecked, Is.EqualTo(2));
        Assert.That(output.KinkViolations, Is.Zero);
        Assert.That(output.Passed(), Is.True);
    }

    [Test]
    public void Run_SubgradientIntervalThatExcludesTheSlope_ReportsAViolation()
    {
        // Given: the central difference of relu at 0 is 0.5, outside [0.8, 1]
        var program = Compile(null, [Float("x", "n")], ("relu", "grad(sum(relu(x)), x)"));
        var inputs = Inputs(("x", V(0, 1.5)));
        var sets = new Dictionary<string, SubgradientSet> { ["relu"] = new(0.8, 1) };

        // When
        var result = GradientCheck.Run(program, inputs, sets);

        // Then
        Assert.That(result.Outputs.Single().KinkViolations, Is.EqualTo(1));
        Assert.That(result.Passed(), Is.False);
    }

    [Test]
    public void Run_StepCrossingAKinkNearZero_SkipsTheEntry()
    {
        // Given: 1e-5 is closer to the kink than the step of 1e-4
        var program = Compile(null, [Float("x", "n")], ("abs", "grad(sum(abs(x)), x)"));
        var inputs = Inputs(("x", V(1e-5, 3)));

        // When
        var output = GradientCheck.Run(program, inputs).Outputs.Single();

        // Then
        Assert.That(output.EntriesSkipped, Is.EqualTo(1));
        Assert.That(output.EntriesChecked, Is.EqualTo(1));
    }

    [Test]
    public void Run_GradientWithRespectToAModelVariable_IsListedAsNotChecked()
    {
        // Given
        var program = Compile("U = 2 * x\nL = sum(U^2)", [Float("x", "n")], ("dU", "grad(L, U)"));

        // When
        var result = GradientCheck.Run(program, Inputs(("x", V(1, 2))));

        // Then
        Assert.That(result.NotChecked, Is.EqualTo(new[] { "dU" }));
        AssertClose((Tensor)program.Evaluate(Inputs(("x", V(1, 2)))).Outputs["dU"], V(4, 8), 1e-12);
    }
}
