using Grader.Running;
using Grader.Values;

namespace Grader.Core.Tests.Running;

/// <summary>
/// Sandboxes reused from one submission to the next (<c>PythonServers</c>): the next submission
/// finds nothing of the previous one, concurrent submissions see only their own files, and a
/// submission cannot reach into the server it runs under.
/// </summary>
[TestFixture]
[NonParallelizable]
internal sealed class PythonServersTests
{
    /// <summary>
    /// Reports what the sandbox shows: processes, files in /tmp and /dev/shm, files in /submission,
    /// and the start time of the server (the zygote's parent) to tell one server from another.
    /// </summary>
    private const string Census =
        "def backprop(x, y, weights, biases):\n"
        + "    time.sleep(0.3)\n"
        + "    procs = len([p for p in os.listdir('/proc') if p.isdigit()])\n"
        + "    scratch = len(os.listdir('/tmp')) + len(os.listdir('/dev/shm'))\n"
        + "    files = sum(len(f) for _, _, f in os.walk('/submission'))\n"
        + "    server = int(open('/proc/%d/stat' % os.getppid()).read().rsplit(')', 1)[1].split()[1])\n"
        + "    started = float(open('/proc/%d/stat' % server).read().rsplit(')', 1)[1].split()[19])\n"
        + "    return [np.array([procs, scratch, files, started])], weights\n\n";

    private const string FindServer = "    server = int(open('/proc/%d/stat' % os.getppid()).read().rsplit(')', 1)[1].split()[1])\n";

    private SubmissionRunner _runner = null!;

    [SetUp]
    public void StartRunner() => _runner = new SubmissionRunner(new SandboxOptions());

    [TearDown]
    public void StopRunner() => _runner.Dispose();

    [Test]
    public async Task RunProblemAsync_NextSubmissionOnTheSameServer_FindsNothingOfThePrevious()
    {
        // Given a submission that leaves files in /tmp and /dev/shm and a daemon behind, then is released
        using var first = HostileSubmission.Python(
            "def soft_target_grad(y, t):\n    open('/tmp/left-behind', 'w').write('secret of the first')\n"
            + "    open('/dev/shm/left-behind', 'w').write('x')\n"
            + "    if os.fork() == 0:\n        os.setsid()\n        time.sleep(60)\n        os._exit(0)\n    return y\n\n" + Census);
        using var second = HostileSubmission.Python(Census);
        File.WriteAllText(Path.Combine(second.Folder, "notes.txt"), "only the second's");
        double[] before;
        using (var submission = first.Open())
        {
            var left = await _runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], Containment.Limits);
            Assert.That(left.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => left.Cases[0].ToString());
            before = await CensusAsync(submission);
            _runner.Release(submission);
        }

        await _runner.ServerReturned;

        // When the next submission runs
        using var next = second.Open();
        var after = await CensusAsync(next);

        // Then it ran on the same server, which shows only its init, itself, the zygote and the call;
        // no file of the first, and its own three files
        Assert.That(after[3], Is.EqualTo(before[3]), "the second submission did not reuse the first's server");
        Assert.That(after[0], Is.EqualTo(4), "processes in the sandbox");
        Assert.That(after[1], Is.Zero, "files left in /tmp or /dev/shm");
        Assert.That(after[2], Is.EqualTo(3), "files in /submission");
    }

    [Test]
    public async Task RunProblemAsync_TwoSubmissionsAtOnce_EachSeesOnlyItsOwnFiles()
    {
        // Given two submissions with different numbers of files, run at the same time
        using var one = HostileSubmission.Python(Census);
        using var two = HostileSubmission.Python(Census);
        File.WriteAllText(Path.Combine(two.Folder, "extra.py"), "SECRET = 'two'\n");
        using var first = one.Open();
        using var second = two.Open();

        // When
        var censuses = await Task.WhenAll(CensusAsync(first), CensusAsync(second));

        // Then each sees its own processes and files only, in sandboxes of their own
        Assert.That(censuses[0][0], Is.EqualTo(4));
        Assert.That(censuses[1][0], Is.EqualTo(4));
        Assert.That(censuses[0][2], Is.EqualTo(2));
        Assert.That(censuses[1][2], Is.EqualTo(3));
    }

    [Test]
    public async Task RunProblemAsync_CreatesFileInSubmission_PermissionDenied()
    {
        // Given code that adds a file beside its own (the sent copy is read-only, like a bound folder)
        using var hostile = HostileSubmission.Python("def soft_target_grad(y, t):\n    open('/submission/added.py', 'w').write('x')\n    return y\n");

        // When
        var run = await Containment.RunAsync(_runner, hostile);

        // Then
        Containment.AssertFailed(run, CaseOutcome.Exception, "Error: [Errno");
    }

    [Test]
    public async Task RunProblemAsync_ReadsServerMemory_PermissionDenied()
    {
        // Given code that tries to read the server's memory (same uid: only non-dumpable stops it)
        using var hostile = HostileSubmission.Python(
            "def soft_target_grad(y, t):\n" + FindServer + "    open('/proc/%d/mem' % server, 'rb').read(1)\n    return y\n");

        // When
        var run = await Containment.RunAsync(_runner, hostile);

        // Then
        Containment.AssertFailed(run, CaseOutcome.Exception, "PermissionError");
    }

    [Test]
    public async Task RunProblemAsync_KillsTheServer_OnlyThisProblemFails()
    {
        // Given code that kills the server it runs under
        using var hostile = HostileSubmission.Python(
            "def soft_target_grad(y, t):\n" + FindServer + "    os.kill(server, signal.SIGKILL)\n    time.sleep(1)\n    return y\n");

        // When (Containment then grades this submission's toy network and another submission's)
        var run = await Containment.RunAsync(_runner, hostile);

        // Then
        Containment.AssertFailed(run, CaseOutcome.Crashed, "the worker stopped unexpectedly");
    }

    private async Task<double[]> CensusAsync(Submission submission)
    {
        var run = await _runner.RunProblemAsync(submission, Problems.NielsenBackprop, [Problems.NielsenPublic], Containment.Limits);
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => $"{run.Cases[0]} {run.LoadError}");
        return ((TensorList)run.Cases[0].Outputs!["nabla_b"])[0].ToArray();
    }
}
