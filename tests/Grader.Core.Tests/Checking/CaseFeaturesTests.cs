using Grader.Checking;
using Grader.Reference;
using Grader.Values;
using static Grader.Core.Tests.Checking.PatternCases;

namespace Grader.Core.Tests.Checking;

public sealed class CaseFeaturesTests
{
    private static CaseFeature Said(IReadOnlyList<CaseFeature> features, string where) => features.Single(f => f.Where == where);

    private static string[] HoldsOn(CaseFeature feature, IEnumerable<SolvedCase> cases) => [.. cases.Where(feature.Holds).Select(c => c.Name)];

    [Test]
    public void Of_ScalarNeverNegative_IsSaidZeroOrPositive()
    {
        // Given lam 0 on one hidden case, positive elsewhere
        SolvedCase[] cases = [Case("public", hidden: false, lam: 0.25), Case("hidden-1", lam: 0), Case("hidden-2", lam: 0.6)];

        // When
        var lamZero = Said(CaseFeatures.Of(cases), "where lam = 0");

        // Then
        Assert.That(HoldsOn(lamZero, cases), Is.EqualTo(new[] { "hidden-1" }));
        Assert.That(lamZero.WhereNot, Is.EqualTo("where lam > 0"));
        Assert.That(lamZero.Hint, Is.EqualTo("look at the terms lam multiplies in your code"));
    }

    [Test]
    public void Of_ScalarOfBothSigns_IsSaidNotZero()
    {
        // Given lam of both signs
        SolvedCase[] cases = [Case("public", hidden: false, lam: -0.25), Case("hidden-1", lam: 0), Case("hidden-2", lam: 0.6)];

        // When
        var lamZero = Said(CaseFeatures.Of(cases), "where lam = 0");

        // Then
        Assert.That(lamZero.WhereNot, Is.EqualTo("where lam ≠ 0"));
    }

    [Test]
    public void Of_SizeAndIntegerInput_HoldsWhereTheSizeIsAMultiple()
    {
        // Given N = 5, 6, 7 in batches of 2, 3, 7
        SolvedCase[] cases = [Case("public", hidden: false, n: 5, batch: 2), Case("hidden-1", n: 6, batch: 3), Case("hidden-2", n: 7, batch: 7)];

        // When
        var multiple = Said(CaseFeatures.Of(cases), "where N is a multiple of batch_size");

        // Then
        Assert.That(HoldsOn(multiple, cases), Is.EqualTo(new[] { "hidden-1", "hidden-2" }));
        Assert.That(multiple.WhereNot, Is.EqualTo("where N is not a multiple of batch_size"));
    }

    [Test]
    public void Of_SizeOfOne_HoldsWhereTheSizeIsOne()
    {
        SolvedCase[] cases = [Case("public", hidden: false, n: 4), Case("hidden-1", n: 1), Case("hidden-2", n: 9)];

        var one = Said(CaseFeatures.Of(cases), "where N = 1");

        Assert.That(HoldsOn(one, cases), Is.EqualTo(new[] { "hidden-1" }));
    }

    [Test]
    public void Of_SpecialGroup_HoldsOnItsHiddenCasesOnly()
    {
        // Given two hidden cases of the large-logits group (and a public case that claims a group, as a variant does)
        SolvedCase[] cases = [Case("public", hidden: false, group: "variant"), Case("hidden-1"), Case("large-logits-1", group: "large-logits"), Case("large-logits-2", group: "large-logits")];

        // When
        var features = CaseFeatures.Of(cases);
        var group = Said(features, "on the hidden large-logits cases");

        // Then
        Assert.That(HoldsOn(group, cases), Is.EqualTo(new[] { "large-logits-1", "large-logits-2" }));
        Assert.That(features.Select(f => f.Where), Has.None.Contain("variant"));
    }

    [Test]
    public void Of_KinkAtZeroAndLargeInputs_HoldWhereTheCaseHasThem()
    {
        // Given a case with a kink met exactly and one with inputs of magnitude up to 80
        SolvedCase[] cases = [Case("public", hidden: false, kink: 0.3), Case("exact-zeros-1", kink: 0), Case("hidden-2", xScale: 40)];

        // When
        var features = CaseFeatures.Of(cases);

        // Then
        Assert.That(HoldsOn(Said(features, Diagnosis.WhereKinkAtZero), cases), Is.EqualTo(new[] { "exact-zeros-1" }));
        Assert.That(HoldsOn(Said(features, "where some input is larger than 30 in magnitude"), cases), Is.EqualTo(new[] { "hidden-2" }));
    }

    [Test]
    public void Of_OnePublicCase_ItsSizesAllTogetherThenEachAlone()
    {
        // Given the public case's N = 4, H = 3; one hidden case shares its N, none its H
        SolvedCase[] cases = [Case("public", hidden: false, n: 4, h: 3), Case("hidden-1", n: 4, h: 5), Case("hidden-2", n: 9, h: 2)];

        // When
        var sizes = CaseFeatures.Of(cases).Where(f => f.PublicSizes is not null).ToList();

        // Then
        Assert.That(sizes.Select(f => (f.PublicSizes, f.OtherSizes)), Is.EqualTo(new[] { ("N = 4, H = 3", "other sizes"), ("N = 4", "another N"), ("H = 3", "another H") }));
        Assert.That(HoldsOn(sizes[0], cases), Is.EqualTo(new[] { "public" }));
        Assert.That(HoldsOn(sizes[1], cases), Is.EqualTo(new[] { "public", "hidden-1" }));
        Assert.That(sizes[0].WhereNot, Is.EqualTo("where the sizes differ from the public case's (N = 4, H = 3)"));
    }

    [Test]
    public void Of_TwoPublicCases_NoSizeIsTheirs()
    {
        SolvedCase[] cases = [Case("public", hidden: false), Case("second", hidden: false, n: 6), Case("hidden-1", n: 9)];

        var features = CaseFeatures.Of(cases);

        Assert.That(features.Where(f => f.PublicSizes is not null), Is.Empty);
    }

    [Test]
    public void Of_EveryText_NeverShowsAHiddenCasesValues()
    {
        // Given hidden cases with distinctive values and sizes
        SolvedCase[] cases =
        [
            Case("public", hidden: false, lam: 0.25, n: 4, h: 3, batch: 2),
            Case("hidden-1", lam: 0.3719, n: 17, h: 11, batch: 13),
            Case("hidden-2", lam: 0, n: 23, h: 7, batch: 19, xScale: 37.7),
        ];
        var hidden = cases.Where(c => c.Hidden)
            .SelectMany(c => c.Case.Inputs.Values.SelectMany(ValueMath.Entries).Concat(c.Case.Dims.Scalars.Values.Select(v => (double)v)))
            .Where(x => x is not 0 and not 1)
            .Select(x => ValueText.Short(x, 4))
            .ToHashSet();

        // When
        var texts = CaseFeatures.Of(cases).SelectMany(f => new[] { f.Where, f.WhereNot, f.Hint ?? "", f.PublicSizes ?? "" }).ToList();

        // Then: no number in any text is a hidden case's
        var numbers = texts.SelectMany(t => System.Text.RegularExpressions.Regex.Matches(t, @"\d+(?:\.\d+)?").Select(m => m.Value)).ToHashSet();
        Assert.That(numbers.Intersect(hidden), Is.Empty);
        Assert.That(numbers, Is.SubsetOf(new[] { "0", "1", "30", "4", "3" }));
    }
}
