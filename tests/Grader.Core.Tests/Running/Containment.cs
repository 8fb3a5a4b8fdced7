using Grader.Running;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Core.Tests.Running;

/// <summary>
/// Runs a hostile submission's soft-targets problem (public and hidden case) and checks that the
/// damage stayed there: its other problem and another submission still run correctly afterwards,
/// and none of its files changed.
/// </summary>
internal static class Containment
{
    public static RunLimits Limits { get; } = RunLimits.Default with
    {
        WallPerCall = TimeSpan.FromSeconds(2),
        CpuTime = TimeSpan.FromSeconds(3),
        MemoryBytes = 1L << 30,
        OutputBytes = 1L << 20,
    };

    /// <param name="limits">The hostile problem's limits (default <see cref="Limits"/>).</param>
    public static async Task<ProblemRun> RunAsync(SubmissionRunner runner, HostileSubmission hostile, string otherFixture = "python-good", RunLimits? limits = null)
    {
        var before = hostile.Fingerprint();
        using var submission = hostile.Open();
        Assert.That(submission.FileIssues, Is.Empty, () => string.Join("\n", submission.FileIssues));
        var cases = new[] { Problems.SoftTargetsPublic, Problems.Hidden(Problems.SoftTargetsPublic, 1) };

        var run = await runner.RunProblemAsync(submission, Problems.SoftTargets, cases, limits ?? Limits);

        await AssertToyNetworkCorrectAsync(runner, submission);
        using (var other = Submission.Open(Problems.Fixture(otherFixture), Problems.All, Toolchain.Default))
        {
            await AssertToyNetworkCorrectAsync(runner, other);
        }

        runner.Release(submission);
        Assert.That(hostile.Fingerprint(), Is.EqualTo(before), "the submission's files changed");
        return run;
    }

    /// <summary>The first case failed as expected with a clear message; the hidden case has an outcome too.</summary>
    public static void AssertFailed(ProblemRun run, CaseOutcome outcome, string messageFragment)
    {
        var first = run.Cases[0];
        Assert.That(first.Outcome, Is.EqualTo(outcome), () => first.ToString());
        Assert.That(first.Message ?? string.Join("; ", first.OutputProblems), Does.Contain(messageFragment), () => first.ToString());
        Assert.That(run.Cases[1].Outcome, Is.Not.EqualTo(CaseOutcome.Returned));
        Assert.That(run.Cases[1].Message ?? string.Join("; ", run.Cases[1].OutputProblems), Is.Not.Empty);
    }

    private static async Task AssertToyNetworkCorrectAsync(SubmissionRunner runner, Submission submission)
    {
        var toy = await runner.RunProblemAsync(submission, Problems.ToyNetwork, [Problems.ToyNetworkPublic], Limits);
        Assert.That(toy.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => $"{submission.Name}: {toy.Cases[0]} {toy.LoadError}");
        Assert.That(((Tensor)toy.Cases[0].Outputs!["W1"]).ToArray(), Is.EqualTo(Problems.ToyW1).Within(1e-9));
    }
}
