using Grader.Checking;
using Grader.Reference;
using static Grader.Core.Tests.Checking.PatternCases;

namespace Grader.Core.Tests.Checking;

public sealed class CasePatternFinderTests
{
    private static readonly SolvedCase[] Cases =
    [
        Case("public", hidden: false, lam: 0.25),
        Case("hidden-1", lam: 0),
        Case("hidden-2", lam: 0.41),
        Case("hidden-3", lam: 0),
        Case("hidden-4", lam: 0.77),
    ];

    private static readonly CaseFeature LamZero = new(c => Lam(c) == 0, "where lam = 0", "where lam > 0");

    private static readonly CaseFeature Hidden = new(c => c.Hidden, "on the hidden cases", "on the public case");

    [Test]
    public void Find_FeatureTrueOnExactlyTheFailingCases_IsFound()
    {
        // Given failures exactly where lam = 0
        bool[] failing = [false, true, false, true, false];

        // When
        var pattern = CasePatternFinder.Find([LamZero], Cases, failing);

        // Then
        Assert.That(pattern, Is.EqualTo(new CasePattern(LamZero, Negated: false)));
        Assert.That(pattern!.Where, Is.EqualTo("where lam = 0"));
    }

    [Test]
    public void Find_FeatureFalseOnExactlyTheFailingCases_IsFoundNegated()
    {
        // Given failures exactly where lam ≠ 0
        bool[] failing = [true, false, true, false, true];

        // When
        var pattern = CasePatternFinder.Find([LamZero], Cases, failing);

        // Then
        Assert.That(pattern, Is.EqualTo(new CasePattern(LamZero, Negated: true)));
        Assert.That(pattern!.Where, Is.EqualTo("where lam > 0"));
    }

    [Test]
    public void Find_FeatureAlsoTrueOnAPassingCase_IsNotSaid()
    {
        // Given failures on two of the three cases where lam > 0: lam > 0 holds on a passing case too
        bool[] failing = [true, false, true, false, false];

        // When
        var pattern = CasePatternFinder.Find([LamZero], Cases, failing);

        // Then
        Assert.That(pattern, Is.Null);
    }

    [TestCase(new[] { false, true, false, false, false }, TestName = "Find_OneFailingCase_IsNotSaid")]
    [TestCase(new[] { true, true, true, true, true }, TestName = "Find_NoPassingCase_IsNotSaid")]
    public void Find_TooFewCasesOnEitherSide_IsNotSaid(bool[] failing)
    {
        // Given features true on exactly those failing cases: one case alone, or every case
        CaseFeature oneCase = new(c => c.Name == "hidden-1", "on one case", "elsewhere");
        CaseFeature everywhere = new(_ => true, "everywhere", "nowhere");

        // When
        var pattern = CasePatternFinder.Find([oneCase, everywhere], Cases, failing);

        // Then
        Assert.That(pattern, Is.Null);
    }

    [Test]
    public void Find_TwoFeaturesSeparate_TheFirstIsSaid()
    {
        // Given two features true on exactly the failing cases
        CaseFeature named = new(c => c.Name is "hidden-1" or "hidden-3", "on two cases", "elsewhere");
        bool[] failing = [false, true, false, true, false];

        // When
        var pattern = CasePatternFinder.Find([LamZero, named], Cases, failing);

        // Then: the simplest, first in the list
        Assert.That(pattern!.Feature, Is.SameAs(LamZero));
    }

    [Test]
    public void Find_OnlyThePublicCasePasses_ItsSizesComeFirst()
    {
        // Given every hidden case failing, and a feature listed before the public sizes that also singles out the public case
        CaseFeature publicSizes = new(c => !c.Hidden, "where the sizes are the public case's", "where the sizes differ") { PublicSizes = "N = 4" };
        bool[] failing = [false, true, true, true, true];

        // When
        var pattern = CasePatternFinder.Find([Hidden, publicSizes], Cases, failing);

        // Then
        Assert.That(pattern, Is.EqualTo(new CasePattern(publicSizes, Negated: true)));
        Assert.That(pattern!.PublicSizesOnly, Is.True);
    }
}
