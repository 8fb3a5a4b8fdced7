using Grader.Running;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Core.Tests.Running;

/// <summary>
/// Sandboxes reused from one submission to the next (<c>PythonServers</c>): the next submission
/// finds nothing of the previous one, concurrent submissions see only their own files, and a
/// submission cannot reach its zygote, its server or anything else outside its own namespaces.
/// </summary>
[TestFixture]
[NonParallelizable]
internal sealed class PythonServersTests
{
    /// <summary>
    /// Reports what the sandbox shows: processes, files in /tmp and /dev/shm, files in /submission,
    /// the sandbox's user namespace (one per server) and the submission's PID namespace.
    /// </summary>
    private const string Census =
        "def backprop(x, y, weights, biases):\n"
        + "    time.sleep(0.3)\n"
        + "    procs = len([p for p in os.listdir('/proc') if p.isdigit()])\n"
        + "    scratch = len(os.listdir('/tmp')) + len(os.listdir('/dev/shm'))\n"
        + "    files = sum(len(f) for _, _, f in os.walk('/submission'))\n"
        + "    server = os.stat('/proc/self/ns/user').st_ino\n"
        + "    submission = os.stat('/proc/self/ns/pid').st_ino\n"
        + "    return [np.array([procs, scratch, files, server, submission])], weights\n\n";

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

        // Then it ran on the same server, in namespaces of its own that show only its zygote and the
        // call; no file of the first, and its own three files
        Assert.That(after[3], Is.EqualTo(before[3]), "the second submission did not reuse the first's server");
        Assert.That(after[4], Is.Not.EqualTo(before[4]), "the second submission shared the first's PID namespace");
        Assert.That(after[0], Is.EqualTo(2), "processes in the sandbox");
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
        Assert.That(censuses[0][3], Is.Not.EqualTo(censuses[1][3]));
        Assert.That(censuses[0][0], Is.EqualTo(2));
        Assert.That(censuses[1][0], Is.EqualTo(2));
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

    [TestCase("open('/proc/1/mem', 'rb').read(1)", TestName = "RunProblemAsync_ReadsItsZygotesMemory_PermissionDenied")]
    [TestCase("os.open('/proc/1/fd/0', os.O_RDONLY)", TestName = "RunProblemAsync_OpensItsZygotesDescriptor_PermissionDenied")]
    [TestCase("import ctypes\n    if ctypes.CDLL(None, use_errno=True).ptrace(16, 1, 0, 0) != 0:\n        raise PermissionError(ctypes.get_errno(), 'ptrace')",
        TestName = "RunProblemAsync_PtracesItsZygote_PermissionDenied")]
    public async Task RunProblemAsync_ReachesIntoItsZygote_PermissionDenied(string attempt)
    {
        // Given code that reaches for its zygote, the only process of the sandbox it can name (its
        // namespace's init, not dumpable; ptrace is filtered)
        using var hostile = HostileSubmission.Python("def soft_target_grad(y, t):\n    " + attempt + "\n    return y\n");

        // When
        var run = await Containment.RunAsync(_runner, hostile);

        // Then
        Containment.AssertFailed(run, CaseOutcome.Exception, "PermissionError");
    }

    [Test]
    public async Task RunProblemAsync_SignalsItsZygote_IgnoredAndTheNextProblemRuns()
    {
        // Given code that kills its zygote (init of its PID namespace: signals from inside it are ignored)
        using var hostile = HostileSubmission.Python(
            "def soft_target_grad(y, t):\n    for sig in (signal.SIGKILL, signal.SIGSTOP, signal.SIGTERM):\n        os.kill(1, sig)\n"
            + "    time.sleep(0.2)\n    return y\n");

        // When (Containment then grades this submission's toy network and another submission's)
        var run = await Containment.RunAsync(_runner, hostile);

        // Then
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].ToString());
    }

    [Test]
    public async Task RunProblemAsync_KillsEveryProcessItCan_OnlyItsOwnDie()
    {
        // Given code that starts a process and then kills every process it may signal
        using var hostile = HostileSubmission.Python(
            "def soft_target_grad(y, t):\n    pid = os.fork()\n    if pid == 0:\n        time.sleep(30)\n        os._exit(0)\n"
            + "    os.kill(-1, signal.SIGKILL)\n    os.waitpid(pid, 0)\n    return y\n");

        // When (Containment then grades this submission's toy network and another submission's)
        var run = await Containment.RunAsync(_runner, hostile);

        // Then its own process died, and nothing else: the call returned
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].ToString());
    }

    [Test]
    public async Task RunProblemAsync_NearlyAsManyAndAsLargeFilesAsAreSent_AllArriveAndRun()
    {
        // Given a submission just inside what is sent to a server (500 files, 8 MiB), made of files whose
        // sizes are just over a whole number of pages, so a tmpfs holds them in more pages than bytes
        using var hostile = HostileSubmission.Python(Census);
        for (var i = 0; i < 497; i++)
        {
            File.WriteAllBytes(Path.Combine(hostile.Folder, $"data-{i:D3}.bin"), new byte[16_800]);
        }

        using var submission = hostile.Open();

        // When
        var census = await CensusAsync(submission);

        // Then every file is there
        Assert.That(census[2], Is.EqualTo(499));
    }

    private async Task<double[]> CensusAsync(Submission submission)
    {
        var run = await _runner.RunProblemAsync(submission, Problems.NielsenBackprop, [Problems.NielsenPublic], Containment.Limits);
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => $"{run.Cases[0]} {run.LoadError}");
        return ((TensorList)run.Cases[0].Outputs!["nabla_b"])[0].ToArray();
    }
}
