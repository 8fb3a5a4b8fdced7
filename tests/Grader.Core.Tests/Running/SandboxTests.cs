using Grader.Running;
using Grader.Submissions;

namespace Grader.Core.Tests.Running;

[TestFixture]
internal sealed class SandboxTests
{
    [Test]
    public void SubmissionRunner_BubblewrapMissing_RefusesWithInstallHint()
    {
        // Given
        var options = new SandboxOptions { BubblewrapPath = "/nonexistent/bwrap" };

        // When / Then
        Assert.That(() => new SubmissionRunner(options), Throws.TypeOf<RunnerException>()
            .With.Message.Contains("apt-get install bubblewrap").And.Message.Contains("--no-sandbox"));
    }

    [Test]
    public async Task RunProblemAsync_NoSandbox_StillRunsTheSubmission()
    {
        // Given
        var options = new SandboxOptions(Enabled: false) { BubblewrapPath = "/nonexistent/bwrap" };
        using var runner = new SubmissionRunner(options);
        using var submission = Submission.Open(Problems.Fixture("python-good"), Problems.All, Toolchain.Default);

        // When
        var run = await runner.RunProblemAsync(submission, Problems.SoftmaxCe, [Problems.SoftmaxCePublic], RunLimits.Default);

        // Then
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].ToString());
    }

    [Test]
    public async Task RunProblemAsync_NotAttempted_EveryCaseSaysWhy()
    {
        // Given
        using var runner = new SubmissionRunner(new SandboxOptions());
        using var submission = Submission.Open(Problems.Fixture("answers-good"), Problems.All, Toolchain.Default);

        // When
        var run = await runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], RunLimits.Default);
        var answers = await runner.RunProblemAsync(submission, Problems.SoftmaxCe, [Problems.SoftmaxCePublic, Problems.Hidden(Problems.SoftmaxCePublic, 1)], RunLimits.Default);

        // Then
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.NotAttempted));
        Assert.That(run.Cases[0].Message, Does.Contain("soft_target_grad"));
        Assert.That(answers.Cases.Select(c => c.Outcome), Is.EqualTo(new[] { CaseOutcome.Returned, CaseOutcome.NotRun }));
    }

    [Test]
    public async Task RunProblemAsync_ListInputsAndOutputs_RoundTrip()
    {
        // Given a Nielsen-style backprop that echoes lists back
        var folder = Path.Combine(Path.GetTempPath(), "grader-lists-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nn.py"),
            "def backprop(x, y, weights, biases):\n    assert isinstance(weights, list) and weights[0].dtype.name == 'float64'\n    return biases, weights\n");
        using var runner = new SubmissionRunner(new SandboxOptions());
        using var submission = Submission.Open(folder, Problems.All, Toolchain.Default);

        // When
        var run = await runner.RunProblemAsync(submission, Problems.NielsenBackprop, [Problems.NielsenPublic], RunLimits.Default);
        Directory.Delete(folder, recursive: true);

        // Then
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].ToString());
        Assert.That(run.Cases[0].Outputs!["nabla_w"].Describe(), Is.EqualTo("list of 2 [(3, 2), (1, 3)]"));
    }
}
