using System.Diagnostics;
using Grader.Running;
using Grader.Submissions;

namespace Grader.Core.Tests.Running;

/// <summary>
/// Many Python submissions of 11 problems each through one runner, two at a time (the machine's
/// cores), as a batch run would: concurrent submissions do not disturb each other. The time is
/// written to the test output only; speed goals live in <c>./grader bench</c>.
/// </summary>
[TestFixture]
internal sealed class ThroughputTests
{
    private const int Submissions = 20;
    private const int ProblemsPerSubmission = 11;

    [Test]
    [SetCulture("de-DE")]
    public async Task RunProblemAsync_ConcurrentSubmissions_AllCorrect()
    {
        // Given
        using var runner = new SubmissionRunner(new SandboxOptions());
        using var gate = new SemaphoreSlim(Math.Max(2, Environment.ProcessorCount));
        var watch = Stopwatch.StartNew();

        // When
        var outcomes = await Task.WhenAll(Enumerable.Range(0, Submissions).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                using var submission = Submission.Open(Problems.Fixture("python-good"), Problems.All, Toolchain.Default);
                var runs = new List<ProblemRun>();
                for (var p = 0; p < ProblemsPerSubmission; p++)
                {
                    runs.Add(p % 2 == 0
                        ? await runner.RunProblemAsync(submission, Problems.ToyNetwork, [Problems.ToyNetworkPublic], RunLimits.Default)
                        : await runner.RunProblemAsync(submission, Problems.SoftmaxCe, [Problems.SoftmaxCePublic], RunLimits.Default));
                }

                runner.Release(submission);
                return runs.SelectMany(r => r.Cases).Select(c => c.Outcome).ToList();
            }
            finally
            {
                gate.Release();
            }
        }));
        var perSubmission = watch.Elapsed.TotalMilliseconds / Submissions;

        // Then
        TestContext.Out.WriteLine($"{Submissions} submissions x {ProblemsPerSubmission} problems: {watch.Elapsed.TotalMilliseconds:F0} ms, {perSubmission:F0} ms per submission");
        Assert.That(outcomes.SelectMany(o => o), Has.All.EqualTo(CaseOutcome.Returned));
    }
}
