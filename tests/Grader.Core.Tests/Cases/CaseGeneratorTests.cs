using Grader.Cases;
using Grader.Core.Tests.Running;
using Grader.Core.Tests.Specs;
using Grader.Reference;
using Grader.Specs;
using Grader.Values;

namespace Grader.Core.Tests.Cases;

public sealed class CaseGeneratorTests
{
    private static ProblemSpec Spec(string text) => SpecLoader.Load(new SpecFile("problems/tiny.yaml", text));

    [Test]
    public void Build_SameSeed_GivesTheSameHiddenCases()
    {
        // Given
        var spec = Spec(SpecText.Valid);

        // When
        var first = CaseGenerator.Build(spec, _ => double.PositiveInfinity);
        var second = CaseGenerator.Build(spec, _ => double.PositiveInfinity);

        // Then
        Assert.That(first.Select(c => c.Name), Is.EqualTo(new[] { "public", "hidden-1", "hidden-2", "hidden-3" }));
        Assert.That(first.Select(c => ValueText.Format(c.Inputs["X"])), Is.EqualTo(second.Select(c => ValueText.Format(c.Inputs["X"]))));
    }

    [Test]
    public void Build_OtherSeed_GivesOtherValues()
    {
        var a = CaseGenerator.Build(Spec(SpecText.Valid), _ => double.PositiveInfinity);
        var b = CaseGenerator.Build(Spec(SpecText.With("seed: 7", "seed: 8")), _ => double.PositiveInfinity);

        Assert.That(ValueText.Format(a[1].Inputs["w"]), Is.Not.EqualTo(ValueText.Format(b[1].Inputs["w"])));
    }

    [Test]
    public void Build_HiddenSizes_StayInTheirRangesAndAgree()
    {
        var cases = CaseGenerator.Build(Spec(SpecText.With("count: 3", "count: 40")), _ => double.PositiveInfinity);

        foreach (var hidden in cases.Where(c => c.Hidden))
        {
            var x = (Tensor)hidden.Inputs["X"];
            Assert.That(x.Shape[0], Is.InRange(2, 5));
            Assert.That(x.Shape[1], Is.EqualTo(2));
            Assert.That(hidden.Dims.Scalar("N"), Is.EqualTo(x.Shape[0]));
        }

        Assert.That(cases.Where(c => c.Hidden).Select(c => c.Dims.Scalar("N")).Distinct().Count(), Is.GreaterThan(1));
    }

    [Test]
    public void Build_KinkTooClose_RedrawsUntilTheMarginHolds()
    {
        // Given: a kink distance that is too small on the first draws of each case
        var spec = Spec(SpecText.Valid);
        var calls = 0;

        // When
        var cases = CaseGenerator.Build(spec, _ => ++calls % 3 == 0 ? 1 : 1e-6);

        // Then: three draws per hidden case
        Assert.That(cases.Count(c => c.Hidden), Is.EqualTo(3));
        Assert.That(calls, Is.EqualTo(9));
    }

    [Test]
    public void Build_KinkAlwaysClose_FailsWithAHint()
    {
        var spec = Spec(SpecText.Valid);

        var error = Assert.Throws<SpecException>(() => CaseGenerator.Build(spec, _ => 0));

        Assert.That(error!.Problem, Does.StartWith("could not draw hidden-1 with every kink argument at least 0.001 away from 0"));
        Assert.That(error.Hint, Does.Contain("margin: none"));
    }

    [Test]
    public void Build_IntInputWithFractionalDistribution_IsRejected()
    {
        var text = SpecText.With("  w: [2]", "  w: {shape: [2], type: int}").Replace("w: [0.5, -1]", "w: [1, -1]", StringComparison.Ordinal);

        var error = Assert.Throws<SpecException>(() => CaseGenerator.Build(Spec(text), _ => 1));

        Assert.That(error!.Problem, Is.EqualTo("input 'w' is int, but normal(0, 1) draws fractions"));
    }

    [Test]
    public void Build_ListInput_DrawsLayerShapesThatChain()
    {
        // Given: the catalogue's nielsen-backprop spec
        var spec = SpecLoader.LoadFile(Path.Combine(TestPaths.Problems, "nielsen-backprop.yaml"));

        // When
        var cases = CaseGenerator.Build(spec, _ => 1);

        // Then: every weight matrix maps the previous layer's width to the next
        foreach (var hidden in cases.Where(c => c.Hidden))
        {
            var weights = (TensorList)hidden.Inputs["weights"];
            var x = (Tensor)hidden.Inputs["x"];
            Assert.That(weights.Count, Is.InRange(2, 5));
            Assert.That(weights[0].Shape[1], Is.EqualTo(x.Shape[0]));
            for (var l = 1; l < weights.Count; l++)
            {
                Assert.That(weights[l].Shape[1], Is.EqualTo(weights[l - 1].Shape[0]));
            }

            Assert.That(((Tensor)hidden.Inputs["y"]).Shape[0], Is.EqualTo(weights[^1].Shape[0]));
        }
    }

    [Test]
    public void Mix_IsStableAcrossRuns()
    {
        // A changed mixer would silently change every hidden case and snapshot.
        Assert.That(CaseGenerator.Mix(1001, 0, 0), Is.EqualTo(520047460));
        Assert.That(CaseGenerator.Mix(1001, 0, 0), Is.Not.EqualTo(CaseGenerator.Mix(1001, 0, 1)));
        Assert.That(CaseGenerator.Mix(1001, 0, 1), Is.Not.EqualTo(CaseGenerator.Mix(1001, 1, 0)));
    }
}
