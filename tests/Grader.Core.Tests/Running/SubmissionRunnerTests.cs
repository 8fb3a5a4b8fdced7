using Grader.Running;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Core.Tests.Running;

[TestFixture]
internal sealed class SubmissionRunnerTests
{
    [TestCase("python-good", AttemptLanguage.Python)]
    [TestCase("notebook-good", AttemptLanguage.Python)]
    [TestCase("torch-good", AttemptLanguage.Python)]
    [TestCase("csharp-good", AttemptLanguage.CSharp)]
    [TestCase("answers-good", AttemptLanguage.Answers)]
    public async Task RunProblemAsync_GoodSubmission_ReturnsApprovedOutputs(string fixture, AttemptLanguage language)
    {
        // Given
        using var submission = Submission.Open(Problems.Fixture(fixture), Problems.All, Toolchain.Default);
        using var runner = new SubmissionRunner(new SandboxOptions());

        // When
        var toy = await runner.RunProblemAsync(submission, Problems.ToyNetwork, [Problems.ToyNetworkPublic], RunLimits.Default);
        var softmax = await runner.RunProblemAsync(submission, Problems.SoftmaxCe, [Problems.SoftmaxCePublic], RunLimits.Default);

        // Then
        Assert.That(submission.FileIssues, Is.Empty);
        Assert.That(toy.Attempt!.Language, Is.EqualTo(language));
        Assert.That(toy.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => toy.Cases[0].ToString());
        Assert.That(softmax.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => softmax.Cases[0].ToString());
        var toyOutputs = toy.Cases[0].Outputs!;
        Assert.That(((Tensor)toyOutputs["W1"]).ToArray(), Is.EqualTo(Problems.ToyW1).Within(1e-9));
        Assert.That(((Tensor)toyOutputs["b2"]).ScalarValue, Is.EqualTo(-2.732).Within(1e-9));
        Assert.That(((Tensor)softmax.Cases[0].Outputs!["loss"]).ScalarValue, Is.EqualTo(Problems.SoftmaxLoss).Within(1e-9));
        Assert.That(((Tensor)softmax.Cases[0].Outputs!["dZ"]).ToArray(), Is.EqualTo(Problems.SoftmaxDZ).Within(1e-9));
    }
}
