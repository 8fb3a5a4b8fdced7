using Grader.Derivations.Checking;

namespace Grader.Core.Tests.Derivations.Checking;

internal sealed class DerivationMessagesTests
{
    [Test]
    [SetCulture("de-DE")]
    public void Step_FailsOnHiddenCase_SizesEntryAndBothValuesOnly()
    {
        // Given a step that fails on a hidden case
        var step = StepCheck.Fails(3, 3, new Counterexample("hidden-4", true, "N = 2, K = 3", [0, 1], -0.19, -0.21, null));

        // When
        var text = step.Describe();

        // Then: invariant numbers, a minus sign, no inputs of a hidden case
        Assert.That(text, Is.EqualTo("step 3 → 4 does not hold: for the smallest failing case (N = 2, K = 3), entry [0, 1]: left −0.19, right −0.21"));
    }

    [Test]
    public void Step_ValuesAlikeAtThreeDigits_PrintsMoreDigits()
    {
        // Given values that differ in the fifth digit
        var step = StepCheck.Fails(1, 1, new Counterexample("public", false, string.Empty, [], 0.12345, 0.12349, null));

        // When / Then
        Assert.That(step.Describe(), Is.EqualTo("step 1 → 2 does not hold: on the public case: left 0.12345, right 0.12349"));
    }

    [Test]
    public void Step_ComparedAcrossUnreadableSides_NamesThem()
    {
        // Given step 4 compared from side 2
        var step = StepCheck.Holds(4, 2);

        // When / Then
        Assert.That(step.Describe(), Is.EqualTo("step 2 → 5 (sides 3–4 not evaluated) holds"));
    }
}
