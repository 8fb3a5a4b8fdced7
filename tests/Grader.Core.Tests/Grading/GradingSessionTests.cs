using Grader.Checking;
using Grader.Grading;
using Grader.Running;

namespace Grader.Core.Tests.Grading;

/// <summary>A session grades only the problems it is asked for, each once, for real (sandbox, runner, checker).</summary>
internal sealed class GradingSessionTests
{
    [Test]
    public async Task GradeAsync_OneProblemAsked_GradesOnlyThatProblem()
    {
        // Given a mistaken example opened against two problems
        var plan = SubmissionFolder.Plan("toy-network", "softmax-ce");
        using var runner = new SubmissionRunner(new SandboxOptions());
        using var session = new SubmissionGrader(plan, runner, new GradingOptions(new SandboxOptions())).Open(Path.Combine(TestPaths.Examples, "toy-transposed"));

        // When only toy-network is asked for, twice
        var first = await session.GradeAsync("toy-network");
        var again = await session.GradeAsync("toy-network");

        // Then it is graded once, and the report holds it alone
        Assert.That(again, Is.SameAs(first));
        Assert.That(first.DiagnosisIds, Does.Contain("transposed"));
        Assert.That(session.Report().Problems.Select(p => p.ProblemId), Is.EqualTo(new[] { "toy-network" }));
    }

    [Test]
    public async Task Report_ProblemsAskedOutOfOrder_AreInThePlansOrder()
    {
        // Given an example opened against two problems, asked for in reverse
        var plan = SubmissionFolder.Plan("toy-network", "softmax-ce");
        using var runner = new SubmissionRunner(new SandboxOptions());
        using var session = new SubmissionGrader(plan, runner, new GradingOptions(new SandboxOptions())).Open(Path.Combine(TestPaths.Examples, "toy-transposed"));
        await session.GradeAsync("softmax-ce");
        await session.GradeAsync("toy-network");

        // When the report of all, and of one, is made
        var all = session.Report();
        var one = session.Report(["softmax-ce"]);

        // Then both follow the plan, and a problem the submission does not attempt is missing
        Assert.That(all.Problems.Select(p => p.ProblemId), Is.EqualTo(plan.Problems.Select(p => p.Id)));
        Assert.That(one.Problems.Single().Status, Is.EqualTo(ProblemStatus.Missing));
    }

    [Test]
    public async Task GradeAsync_UnreadableSubmission_ScoresNothingWithTheReason()
    {
        // Given a path that is no submission
        var plan = SubmissionFolder.Plan("toy-network");
        using var runner = new SubmissionRunner(new SandboxOptions());
        using var session = new SubmissionGrader(plan, runner, new GradingOptions(new SandboxOptions())).Open(Path.Combine(TestPaths.Examples, "no-such-example"));

        // When its problem is graded
        var score = await session.GradeAsync("toy-network");

        // Then it scores nothing, and the report says why
        Assert.That(score.Score, Is.Zero);
        Assert.That(session.Name, Is.EqualTo("no-such-example"));
        Assert.That(session.Report().FileErrors.Single().Message, Does.Contain("no-such-example"));
    }

    [Test]
    public void GradeAsync_ProblemNotInThePlan_Throws()
    {
        // Given a session over one problem
        var plan = SubmissionFolder.Plan("toy-network");
        using var runner = new SubmissionRunner(new SandboxOptions());
        using var session = new SubmissionGrader(plan, runner, new GradingOptions(new SandboxOptions())).Open(Path.Combine(TestPaths.Examples, "toy-transposed"));

        // When another is asked for, then it is refused
        Assert.That(async () => await session.GradeAsync("bce"), Throws.ArgumentException.With.Message.Contains("bce"));
    }
}
