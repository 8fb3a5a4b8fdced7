using System.Diagnostics;
using Grader.Running;
using Grader.Running.Exceptions;
using Grader.Submissions;

namespace Grader.Core.Tests.Running.Exceptions;

/// <summary>
/// Code that raises, run for real in the sandbox (Python's worker, C# through Roslyn and
/// Grader.Worker): each case that raised carries its summary, the traceback stays whole.
/// </summary>
[TestFixture]
internal sealed class RaisedRunTests : RunnerFixture
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("grader-raised-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        using var rm = Process.Start("rm", ["-rf", _folder]);
        rm.WaitForExit();
    }

    [Test]
    public async Task RunProblemAsync_PythonIndexErrorInAHelper_SummaryNamesTheHelpersLine()
    {
        // Given a helper that reads t[4], past the end of the public case's four targets
        File.WriteAllText(Path.Combine(_folder, "solutions.py"), """
            import numpy as np


            def last_target(t):
                return t[4]


            def toy_network_gradients(X, t, W1, b1, w2, b2):
                return W1, b1, w2, last_target(t)
            """);

        // When it runs on the public case and the same case hidden
        var run = await Run();

        // Then both name the helper's line; the hidden one's message has lost its numbers, the traceback is whole
        var (shown, hidden) = (run.Cases[0], run.Cases[1]);
        Assert.Multiple(() =>
        {
            Assert.That(shown.Exception, Is.EqualTo(new ExceptionSummary("IndexError", "index 4 is out of bounds for axis 0 with size 4", new StudentFrame("solutions.py", 5, null, "return t[4]"))));
            Assert.That(hidden.Exception?.Message, Is.EqualTo("index … is out of bounds for axis … with size …"));
            Assert.That(hidden.Traceback, Does.Contain("index 4 is out of bounds"));
        });
    }

    [Test]
    public async Task RunProblemAsync_CSharpIndexOutOfRangeInAHelper_SummaryNamesTheHelpersLine()
    {
        // Given a C# helper that reads t[k + 2] for k up to 2, past the public case's four targets
        File.WriteAllText(Path.Combine(_folder, "Solutions.cs"), """
            public static class ToyNetwork
            {
                static double Target(double[] t, int k)
                {
                    return t[k + 2];
                }

                public static (double[,] W1, double[] b1, double[] w2, double b2) ToyNetworkGradients(
                    double[,] X, double[] t, double[,] W1, double[] b1, double[] w2, double b2)
                {
                    double s = 0;
                    for (int k = 0; k < 3; k++) s += Target(t, k);
                    return (W1, b1, w2, s);
                }
            }
            """);

        // When it runs
        var run = await Run();

        // Then the compiled assembly's PDB gave the stack trace the student's file and line
        Assert.That(run.Cases[0].Exception, Is.EqualTo(new ExceptionSummary("IndexOutOfRangeException", "Index was outside the bounds of the array.", new StudentFrame("Solutions.cs", 5, null, "return t[k + 2];"))));
    }

    private async Task<ProblemRun> Run()
    {
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);
        Assert.That(submission.FileIssues, Is.Empty);
        try
        {
            return await Runner.RunProblemAsync(submission, Problems.ToyNetwork, [Problems.ToyNetworkPublic, Problems.Hidden(Problems.ToyNetworkPublic, 1)], RunLimits.Default);
        }
        finally
        {
            Runner.Release(submission);
        }
    }
}
