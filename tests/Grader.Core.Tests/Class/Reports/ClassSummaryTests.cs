using Grader.Checking;
using Grader.Class.Reports;
using Grader.Core.Tests.Running;

namespace Grader.Core.Tests.Class.Reports;

public sealed class ClassSummaryTests
{
    private static CompletionRecord Student(string name, double score, ProblemStatus status, params string[] diagnoses) => new(
        name, "f", "s", "v", DateTimeOffset.UnixEpoch, score, 20, 0,
        [new ProblemOutcome("toy-network", score, 20, status, [.. diagnoses.Select(d => new DiagnosisSeen(d, $"{d} message"))])]);

    [Test]
    public void Add_FourStudents_CountsBinsPassRateDiagnosesAndLimits()
    {
        // Given a summary of one problem
        var summary = new ClassSummary(["toy-network"]);

        // When four students are added: full marks, 3/4 with two diagnoses, a timeout, 1/4
        summary.Add(Student("a", 20, ProblemStatus.Passed));
        summary.Add(Student("b", 15, ProblemStatus.Partial, "scaled", "transposed"));
        summary.Add(Student("c", 0, ProblemStatus.Timeout));
        summary.Add(Student("d", 5, ProblemStatus.Partial, "scaled"));

        // Then
        var problem = summary.Problems.Single();
        Assert.That(summary.Submissions, Is.EqualTo(4));
        Assert.That(summary.Histogram, Is.EqualTo(new[] { 1, 0, 1, 0, 0, 0, 0, 1, 0, 1 }));
        Assert.That(summary.MedianFraction, Is.EqualTo(0.5));
        Assert.That(summary.FullMarks, Is.EqualTo(1));
        Assert.That(problem.Passed, Is.EqualTo(1));
        Assert.That(problem.PassRate, Is.EqualTo(0.25));
        Assert.That(problem.Diagnoses.Select(d => (d.Id, d.Students)), Is.EqualTo(new[] { ("scaled", 2), ("transposed", 1) }));
        Assert.That(summary.Limits, Is.EqualTo(new[] { new LimitHit("c", "toy-network", ProblemStatus.Timeout) }));
    }

    [Test]
    public void Add_WriteUps_CountsWhereDerivationsBreak()
    {
        // Given three students, two deriving dZ in a write-up (one with a wrong step), one with code only
        var summary = new ClassSummary(["softmax-ce"]);
        CompletionRecord With(string name, string[] derived, string[] broken) => new(
            name, "f", "s", "v", DateTimeOffset.UnixEpoch, 0, 15, 0,
            [new ProblemOutcome("softmax-ce", 0, 15, ProblemStatus.Failed, []) { Derived = derived, Broken = broken }]);

        // When
        summary.Add(With("a", ["dZ"], ["dZ"]));
        summary.Add(With("b", ["dZ"], []));
        summary.Add(With("c", [], []));

        // Then: the instructor's summary says which derivation to re-teach
        Assert.That(summary.Problems.Single().Derivations, Is.EqualTo(new[] { new DerivationTally("softmax-ce", "dZ", 2, 1) }));
        Assert.That(new SummaryMarkdown().Render(summary), Does.Contain("## Where derivations break").And.Contain("| softmax-ce | dZ | 2 | 1 |"));
    }

    [Test]
    public void Add_NoStudents_ZeroesWithoutDividingByZero()
    {
        var summary = new ClassSummary(["toy-network"]);

        Assert.That(summary.MeanFraction, Is.Zero);
        Assert.That(summary.MedianFraction, Is.Zero);
        Assert.That(new SummaryMarkdown().Render(summary), Does.Contain("0 submission(s)"));
        Assert.That(new HtmlClassReport().Render(summary), Does.Contain("</html>"));
    }
}
