using Grader.Checking;
using Grader.Grading;
using Grader.Reference;
using Grader.Running;
using Grader.Values;
using static Grader.Core.Tests.Checking.Fixtures;

namespace Grader.Core.Tests.Grading;

/// <summary>
/// The note on a wrong learning-rate interval (lr-range: the right one is (0, 1/a), (0, 0.2) on the
/// public case) says which end is wrong, which way, and what descent does in between, without
/// contradicting itself in any direction.
/// </summary>
public sealed class DescentFeedbackTests
{
    private static readonly Lazy<ProblemPlan> LrRange = new(() =>
        GradingPlan.Create(ProblemCatalog.Load(TestPaths.Problems).Problems.Where(p => p.Id == "lr-range"), RunLimits.Default).Problems.Single());

    [TestCase("hi", 0.1, "hi = 0.1 is too small: gradient descent with η = 0.15 converges, so your interval leaves out rates at which descent converges.")]
    [TestCase("hi", 0.3, "hi = 0.3 is too large: gradient descent with η = 0.25 does not converge, so your interval includes rates at which descent does not converge.")]
    [TestCase("lo", 0.05, "lo = 0.05 is too large: gradient descent with η = 0.025 converges, so your interval leaves out rates at which descent converges.")]
    [TestCase("lo", -0.1, "lo = -0.1 is too small: gradient descent with η = -0.05 does not converge (a rate of 0 or less never brings x closer to the minimiser), so your interval includes rates at which descent does not converge.")]
    public void Annotate_OneEndWrongOnThePublicCase_SaysWhatDescentDoesInBetween(string end, double given, string note)
    {
        // Given an interval with one end wrong on the public case only
        var notes = NotesFor((c, o, v) => o == end && !c.Hidden ? Tensor.Scalar(given) : v);

        // Then the note names the end, the direction and what a rate in between does
        Assert.That(notes, Is.EqualTo(new[] { note }));
    }

    [Test]
    public void Annotate_HiRoundedJustBelowTheRightEnd_SaysDescentConvergesThere()
    {
        // Given hi a millionth below 1/a on the hidden cases (as np.round(1 / a, 5) is on some): descent with a
        // rate in between converges too slowly for the simulation to see it
        var notes = NotesFor((c, o, v) => o == "hi" && c.Hidden ? Tensor.Scalar(((Tensor)v).ScalarValue * (1 - 1e-6)) : v);

        // Then the note still says descent converges there, without quoting the run
        Assert.That(notes, Is.EqualTo(new[]
        {
            "In a hidden case, hi is too small: gradient descent converges (slowly near the right end) with rates between your hi and the right one, so your interval leaves out rates at which descent converges.",
        }));
    }

    [Test]
    public void Annotate_HiJustAboveTheRightEnd_SaysDescentDoesNotConverge()
    {
        // Given hi a millionth above 1/a on the hidden cases
        var notes = NotesFor((c, o, v) => o == "hi" && c.Hidden ? Tensor.Scalar(((Tensor)v).ScalarValue * (1 + 1e-6)) : v);

        // Then the interval is too wide: it includes rates at which descent does not converge
        Assert.That(notes, Is.EqualTo(new[]
        {
            "In a hidden case, hi is too large: gradient descent with a rate between your hi and the right one does not converge, so your interval includes rates at which descent does not converge.",
        }));
    }

    [Test]
    public void Annotate_RightInterval_HasNoNote()
    {
        // Given the right interval, When annotated, Then nothing is added
        Assert.That(NotesFor((_, _, v) => v), Is.Empty);
    }

    private static IReadOnlyList<string> NotesFor(Func<SolvedCase, string, Value, Value> change)
    {
        // When the submission is graded and its interval explained
        var plan = LrRange.Value;
        var score = ProblemGrader.Grade(plan.Reference, Changing(plan.Reference, change));
        return DescentFeedback.Annotate(plan, score).Notes;
    }
}
