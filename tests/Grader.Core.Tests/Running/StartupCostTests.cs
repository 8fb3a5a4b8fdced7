using System.Diagnostics;
using Grader.Running;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Core.Tests.Running;

/// <summary>
/// Fresh submissions one after another on one runner (a reused server, a new zygote and child for
/// each), and a C# submission's problems (a worker each), all return their outputs. What starting
/// them costs, next to starting Python with numpy, is written to the test output; speed goals live
/// in <c>./grader bench</c>, not in assertions on time.
/// </summary>
[TestFixture]
internal sealed class StartupCostTests
{
    private const int Rounds = 5;

    [Test]
    public async Task RunProblemAsync_FreshSubmissionsOneAfterAnother_ReturnOutputs()
    {
        // Given
        using var runner = new SubmissionRunner(new SandboxOptions());
        using var warm = Submission.Open(Problems.Fixture("python-good"), Problems.All, Toolchain.Default);
        await runner.RunProblemAsync(warm, Problems.SoftmaxCe, [Problems.SoftmaxCePublic], RunLimits.Default);
        var import = Median(Rounds, () => ImportNumpy());
        var open = Median(Rounds, () =>
        {
            var watch = Stopwatch.StartNew();
            Submission.Open(Problems.Fixture("python-good"), Problems.All, Toolchain.Default).Dispose();
            return watch.Elapsed.TotalMilliseconds;
        });

        // When
        var first = new List<double>();
        var next = new List<double>();
        for (var i = 0; i < Rounds; i++)
        {
            using var submission = Submission.Open(Problems.Fixture("python-good"), Problems.All, Toolchain.Default);
            var watch = Stopwatch.StartNew();
            var softmax = await runner.RunProblemAsync(submission, Problems.SoftmaxCe, [Problems.SoftmaxCePublic], RunLimits.Default);
            first.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            var toy = await runner.RunProblemAsync(submission, Problems.ToyNetwork, [Problems.ToyNetworkPublic], RunLimits.Default);
            next.Add(watch.Elapsed.TotalMilliseconds);
            runner.Release(submission);
            Assert.That(((Values.Tensor)softmax.Cases[0].Outputs!["dZ"]).ToArray(), Is.EqualTo(Problems.SoftmaxDZ).Within(1e-9));
            Assert.That(((Values.Tensor)toy.Cases[0].Outputs!["W1"]).ToArray(), Is.EqualTo(Problems.ToyW1).Within(1e-9));
        }

        // Then
        var sandboxed = first.Order().ElementAt(Rounds / 2);
        var perProblem = next.Order().ElementAt(Rounds / 2);
        TestContext.Out.WriteLine($"python3 -c 'import numpy': {import:F0} ms; a fresh submission's first problem (reused server): {sandboxed:F0} ms; each further problem: {perProblem:F0} ms; Submission.Open (parse, no run): {open:F0} ms");
    }

    [Test]
    public async Task RunProblemAsync_CSharpProblem_StartsAWorkerPerProblem()
    {
        // Given
        using var runner = new SubmissionRunner(new SandboxOptions());
        var watch = Stopwatch.StartNew();
        using var submission = Submission.Open(Problems.Fixture("csharp-good"), Problems.All, Toolchain.Default);
        var compile = watch.Elapsed.TotalMilliseconds;
        await runner.RunProblemAsync(submission, Problems.SoftmaxCe, [Problems.SoftmaxCePublic], RunLimits.Default);

        // When
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            watch.Restart();
            var run = await runner.RunProblemAsync(submission, Problems.SoftmaxCe, [Problems.SoftmaxCePublic], RunLimits.Default);
            times.Add(watch.Elapsed.TotalMilliseconds);
            Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned));
        }

        // Then
        var perProblem = times.Order().ElementAt(1);
        TestContext.Out.WriteLine($"C#: Submission.Open with Roslyn (first, cold): {compile:F0} ms; sandboxed worker + one call per problem: {perProblem:F0} ms");
    }

    private static double ImportNumpy()
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo(PythonLocator.DebianPython, "-c \"import numpy\"") { UseShellExecute = false })!;
        process.WaitForExit();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(int rounds, Func<double> measure) =>
        Enumerable.Range(0, rounds).Select(_ => measure()).Order().ElementAt(rounds / 2);
}
