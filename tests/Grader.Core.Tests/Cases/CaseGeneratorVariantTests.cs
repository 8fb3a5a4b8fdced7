using Grader.Cases;
using Grader.Core.Tests.Specs;
using Grader.Specs;
using Grader.Values;

namespace Grader.Core.Tests.Cases;

/// <summary>A student's own public case: drawn from the seed alone, shaped like the public case, rounded, kinks avoided.</summary>
public sealed class CaseGeneratorVariantTests
{
    private static readonly Func<IReadOnlyDictionary<string, Value>, double> NoKinks = _ => double.PositiveInfinity;

    private static ProblemSpec Spec(string text) => SpecLoader.Load(new SpecFile("problems/tiny.yaml", text));

    [Test]
    public void Variant_SameSeed_SameNumbers_OtherSeed_OtherNumbers()
    {
        var spec = Spec(SpecText.Valid);

        var first = CaseGenerator.Variant(spec, 11, NoKinks);
        var again = CaseGenerator.Variant(spec, 11, NoKinks);
        var other = CaseGenerator.Variant(spec, 12, NoKinks);

        Assert.That(ValueText.Format(again.Inputs["X"]), Is.EqualTo(ValueText.Format(first.Inputs["X"])));
        Assert.That(ValueText.Format(other.Inputs["X"]), Is.Not.EqualTo(ValueText.Format(first.Inputs["X"])));
    }

    [Test]
    public void Variant_Default_PublicShapesRoundedToTwoDecimalsNotHidden()
    {
        var variant = CaseGenerator.Variant(Spec(SpecText.Valid), 5, NoKinks);

        Assert.That(variant.Name, Is.EqualTo("public"));
        Assert.That(variant.Hidden, Is.False);
        Assert.That(((Tensor)variant.Inputs["X"]).Shape, Is.EqualTo(new[] { 2, 2 }));
        Assert.That(ValueMath.Entries(variant.Inputs["X"]), Has.All.Matches<double>(x => Math.Round(x, 2) == x));
        Assert.That(ValueMath.Entries(variant.Inputs["X"]).Distinct().Count(), Is.GreaterThan(1));
    }

    [Test]
    public void Variant_KeepDimsDecimals_AsTheSpecSays()
    {
        var spec = Spec(SpecText.Valid + "\nvariant:\n  keep: [w]\n  dims: {N: [6, 6]}\n  decimals: 0\n");

        var variant = CaseGenerator.Variant(spec, 3, NoKinks);

        Assert.That(ValueText.Format(variant.Inputs["w"]), Is.EqualTo(ValueText.Format(spec.Cases[0].Inputs["w"])));
        Assert.That(((Tensor)variant.Inputs["X"]).Shape, Is.EqualTo(new[] { 6, 2 }));
        Assert.That(ValueMath.Entries(variant.Inputs["X"]), Has.All.Matches<double>(x => Math.Round(x) == x));
    }

    [Test]
    public void Variant_None_EveryoneGetsThePublicCase()
    {
        var spec = Spec(SpecText.Valid + "\nvariant: none\n");

        var variant = CaseGenerator.Variant(spec, 3, NoKinks);

        Assert.That(ValueText.Format(variant.Inputs["X"]), Is.EqualTo(ValueText.Format(spec.Cases[0].Inputs["X"])));
    }

    [Test]
    public void Variant_NearAKink_DrawnAgainUntilAtTheMargin()
    {
        var spec = Spec(SpecText.Valid + "\nvariant:\n  margin: 0.5\n");
        var draws = 0;

        var variant = CaseGenerator.Variant(spec, 3, inputs =>
        {
            draws++;
            return Math.Abs(((Tensor)inputs["w"])[0]);
        });

        Assert.That(Math.Abs(((Tensor)variant.Inputs["w"])[0]), Is.GreaterThanOrEqualTo(0.5));
        Assert.That(draws, Is.GreaterThanOrEqualTo(1));
    }

    [TestCase("variant: sometimes", "variant is none or a mapping")]
    [TestCase("variant: {keep: [z]}", "variant.keep names 'z', which is no input")]
    [TestCase("variant: {decimals: 13}", "variant.decimals must be between 0 and 12")]
    [TestCase("variant: {seed: 4}", "seed")]
    public void Load_BadVariant_LocatedError(string line, string message)
    {
        var error = Assert.Throws<SpecException>(() => Spec(SpecText.Valid + "\n" + line + "\n"))!;

        Assert.That(error.Message, Does.Contain(message));
        Assert.That(error.Location.Line, Is.EqualTo(SpecText.Valid.Split('\n').Length + 1), "the variant line");
    }
}
