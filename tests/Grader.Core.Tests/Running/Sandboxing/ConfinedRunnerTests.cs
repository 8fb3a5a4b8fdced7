using Grader.Running;
using Grader.Running.Sandboxing;
using Grader.Values;

namespace Grader.Core.Tests.Running.Sandboxing;

/// <summary>
/// The confined fallback (where bubblewrap cannot make namespaces): workers run as nobody, and a runner
/// runs one submission's code only, since every submission's processes there would share that user.
/// </summary>
[TestFixture]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class ConfinedRunnerTests
{
    [Test]
    public async Task RunProblemAsync_ConfinedSecondSubmission_IsRefusedAndTheFirstRanAsNobody()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            Assert.Ignore("the confined fallback is made only as root (another user to run as)");
        }

        // Given a bubblewrap that fails as Docker's seccomp profile makes it fail, so --isolation auto confines
        var folder = Directory.CreateTempSubdirectory("grader-confined-");
        var bwrap = Path.Combine(folder.FullName, "bwrap");
        File.WriteAllText(bwrap, "#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n");
        File.SetUnixFileMode(bwrap, (UnixFileMode)0b111_101_101);
        using var runner = new SubmissionRunner(new SandboxOptions { BubblewrapPath = bwrap, Isolation = IsolationPolicy.Auto });
        const string ReportsItsUser = "def soft_target_grad(y, t):\n    return np.array([float(os.getuid()), float(os.getgid()), float(len(open('good.py').read()) > 0)])\n";
        using var first = HostileSubmission.Python(ReportsItsUser);
        using var second = HostileSubmission.Python(ReportsItsUser);
        File.SetUnixFileMode(first.Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute); // nobody cannot read it
        using var firstOpen = first.Open();
        using var secondOpen = second.Open();

        // When the first submission runs, again, and then another
        var run = await runner.RunProblemAsync(firstOpen, Problems.SoftTargets, [Problems.SoftTargetsPublic], Containment.Limits);
        var again = await runner.RunProblemAsync(firstOpen, Problems.SoftTargets, [Problems.SoftTargetsPublic], Containment.Limits);
        var refused = Assert.ThrowsAsync<RunnerException>(() => runner.RunProblemAsync(secondOpen, Problems.SoftTargets, [Problems.SoftTargetsPublic], Containment.Limits));

        // Then the first ran confined as nobody (twice, from a copy nobody may read), and the second was refused, saying why
        Assert.That(runner.Confined, Is.True, runner.Isolation);
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].ToString());
        Assert.That(((Tensor)run.Cases[0].Outputs!["dy"]).ToArray(), Is.EqualTo(new[] { 65534.0, 65534.0, 1.0 }));
        Assert.That(again.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => again.Cases[0].ToString());
        Assert.That(refused!.Message, Does.Contain("one submission's code per run"));
        folder.Delete(recursive: true);
    }
}
