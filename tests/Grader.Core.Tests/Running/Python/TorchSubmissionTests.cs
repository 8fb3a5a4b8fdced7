using Grader.Running;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Core.Tests.Running.Python;

/// <summary>PyTorch submissions in the real sandbox with Debian's python3-torch (./grader test installs it).</summary>
[TestFixture]
internal sealed class TorchSubmissionTests
{
    private string _folder = null!;

    [OneTimeSetUp]
    public void RequireTorch()
    {
        var present = File.Exists("/usr/lib/python3/dist-packages/torch/__init__.py");
        if (Environment.GetEnvironmentVariable("GRADER_TEST_PREREQUISITES") == "1")
        {
            Assert.That(present, Is.True, "./grader test installs python3-torch (scripts/prerequisites.sh --test)");
        }

        Assume.That(present, "python3-torch is not installed: ./grader test installs it, or sudo apt-get install python3-torch");
    }

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "grader-torch-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task RunProblemAsync_TensorsOfEveryRealDtypeAndInLists_AreReadLikeArrays()
    {
        // Given tensors that need grad, half and bfloat16 precision, ints and bools, 0-d ones, and lists of them
        Write("""
            import torch

            def soft_target_grad(y, t):
                dy = torch.tensor(y, requires_grad=True) * 1.0 - torch.tensor(t)
                return dy

            def softmax_ce(Z, y):
                return torch.tensor(0.5, dtype=torch.bfloat16), torch.tensor([[1, 0, 2], [True, False, True]], dtype=torch.int8)

            def backprop(x, y, weights, biases):
                return [torch.zeros(3, 1, dtype=torch.float16), torch.ones(1, 1).requires_grad_()], [torch.from_numpy(w) for w in weights]
            """);
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);
        using var runner = new SubmissionRunner(new SandboxOptions());

        // When
        var soft = await runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], RunLimits.Default);
        var softmax = await runner.RunProblemAsync(submission, Problems.SoftmaxCe, [Problems.SoftmaxCePublic], RunLimits.Default);
        var nielsen = await runner.RunProblemAsync(submission, Problems.NielsenBackprop, [Problems.NielsenPublic], RunLimits.Default);

        // Then each is read as numbers, in float64
        Assert.That(soft.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => soft.Cases[0].ToString());
        Assert.That(((Tensor)soft.Cases[0].Outputs!["dy"]).ToArray(), Is.EqualTo(new[] { 1.8, 0.5, -0.4 }).Within(1e-12));
        Assert.That(softmax.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => softmax.Cases[0].ToString());
        Assert.That(((Tensor)softmax.Cases[0].Outputs!["loss"]).ScalarValue, Is.EqualTo(0.5));
        Assert.That(((Tensor)softmax.Cases[0].Outputs!["dZ"]).ToArray(), Is.EqualTo(new double[] { 1, 0, 2, 1, 0, 1 }));
        Assert.That(nielsen.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => nielsen.Cases[0].ToString());
        var nablaW = (TensorList)nielsen.Cases[0].Outputs!["nabla_w"];
        Assert.That(nablaW.Items[1].ToArray(), Is.EqualTo(new[] { 0.7, -0.1, 0.2 }).Within(1e-15));
    }

    [Test]
    public async Task RunProblemAsync_TorchSubmission_FindsTorchImportedOnceOneThreadAndNothingElseRunning()
    {
        // Given a file that notes whether torch was there before it ran, a problem that asks torch for
        // eight threads and works with them, and one that reports what it then finds
        Write("""
            import os, sys
            TORCH_WAS_LOADED = "torch" in sys.modules
            import torch

            def softmax_ce(Z, y):
                torch.set_num_threads(8)
                big = torch.randn(300, 300)
                for _ in range(20):
                    big = big @ big.T / 300
                Z = torch.from_numpy(Z).requires_grad_()
                loss = torch.nn.functional.cross_entropy(Z, torch.from_numpy(y))
                loss.backward()
                return loss, Z.grad

            def soft_target_grad(y, t):
                facts = (TORCH_WAS_LOADED, torch.get_num_threads(), len(os.listdir("/proc/self/task")))
                if facts != (True, 1, 1):
                    raise RuntimeError("preloaded, threads, tasks: %r" % (facts,))
                return torch.softmax(torch.from_numpy(y), 0) - torch.from_numpy(t)
            """);
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);
        using var runner = new SubmissionRunner(new SandboxOptions());

        // When
        var softmax = await runner.RunProblemAsync(submission, Problems.SoftmaxCe, [Problems.SoftmaxCePublic], RunLimits.Default);
        var soft = await runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], RunLimits.Default);

        // Then both are right: torch came from the server, one thread, none left from the first problem
        Assert.That(((Tensor)softmax.Cases[0].Outputs!["dZ"]).ToArray(), Is.EqualTo(Problems.SoftmaxDZ).Within(1e-9), () => softmax.Cases[0].ToString());
        Assert.That(soft.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => soft.Cases[0].Message + soft.Cases[0].Traceback);
    }

    [Test]
    public async Task RunProblemAsync_NumpySubmission_NeverImportsTorch()
    {
        // Given a numpy submission that refuses to work where torch is loaded, graded on a new runner
        Write("""
            import sys
            import numpy as np

            def soft_target_grad(y, t):
                if "torch" in sys.modules:
                    raise RuntimeError("torch was imported")
                return np.exp(y) / np.exp(y).sum() - t
            """);
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);
        using var runner = new SubmissionRunner(new SandboxOptions());

        // When
        var run = await runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], RunLimits.Default);

        // Then
        Assert.That(submission.PythonImports, Is.EquivalentTo(new[] { "sys", "numpy" }));
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].Message + run.Cases[0].Traceback);
    }

    private void Write(string source) => File.WriteAllText(Path.Combine(_folder, "solution.py"), source);
}
