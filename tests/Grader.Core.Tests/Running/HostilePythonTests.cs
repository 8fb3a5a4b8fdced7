using System.Net;
using System.Net.Sockets;
using Grader.Running;
using Grader.Values;

namespace Grader.Core.Tests.Running;

/// <summary>Real hostile Python submissions in the real sandbox (issue 3, item 5).</summary>
[TestFixture]
internal sealed class HostilePythonTests : RunnerFixture
{
    [TestCase("while True:\n        pass", TestName = "RunProblemAsync_InfiniteLoop_TimesOut")]
    [TestCase("signal.signal(signal.SIGTERM, signal.SIG_IGN)\n    while True:\n        pass", TestName = "RunProblemAsync_IgnoresSigterm_TimesOut")]
    public async Task RunProblemAsync_Loop_TimesOut(string body)
    {
        // Given
        using var hostile = HostileSubmission.Python($"def soft_target_grad(y, t):\n    {body}\n");

        // When
        var run = await Containment.RunAsync(Runner, hostile);

        // Then
        Containment.AssertFailed(run, CaseOutcome.Timeout, "timed out after 2 s in the public case");
        Assert.That(run.Cases[1].Outcome, Is.EqualTo(CaseOutcome.NotRun));
        Assert.That(run.Cases[1].Message, Does.Contain("not run: the worker was stopped in the public case"));
    }

    [Test]
    public async Task RunProblemAsync_BusyLoop_HitsCpuLimitBeforeWallLimit()
    {
        // Given
        using var hostile = HostileSubmission.Python("def soft_target_grad(y, t):\n    while True:\n        pass\n");
        using var submission = hostile.Open();
        var limits = Containment.Limits with { WallPerCall = TimeSpan.FromSeconds(4), CpuTime = TimeSpan.FromSeconds(1) };

        // When
        var run = await Runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], limits);

        // Then
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Timeout), () => run.Cases[0].ToString());
        Assert.That(run.Cases[0].Message, Does.Contain("used more than 1 s of CPU time in the public case"));
    }

    [Test]
    public async Task RunProblemAsync_Allocates10GiB_ExceedsMemoryLimit()
    {
        // Given
        using var hostile = HostileSubmission.Python("def soft_target_grad(y, t):\n    big = np.ones(10 * 2**30 // 8)\n    return big[:3]\n");

        // When
        var run = await Containment.RunAsync(Runner, hostile);

        // Then
        Containment.AssertFailed(run, CaseOutcome.MemoryLimit, "exceeded the 1 GiB memory limit");
    }

    [Test]
    public async Task RunProblemAsync_FileTooLargeToCompile_LoadErrorNamesTheLimit()
    {
        // Given an honest but huge file of statements (CPython needs far more memory than the source to
        // compile it: a 9 MiB .py like this takes more than 1 GiB), under a smaller limit to keep it quick
        var statements = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"v{i} = ({i} + 1.5) * 2 - {i} if {i} else [{i}, {i}]\n"));
        using var hostile = HostileSubmission.Python(statements + "\ndef soft_target_grad(y, t):\n    return y\n");
        var limits = Containment.Limits with { MemoryBytes = 384L << 20, WallPerCall = TimeSpan.FromSeconds(30), CpuTime = TimeSpan.FromSeconds(30) };

        // When
        var run = await Containment.RunAsync(Runner, hostile, limits: limits);

        // Then
        Assert.That(run.LoadError, Does.Match(@"^compiling the file \(\d\.\d MiB\) needs more than the 384 MiB memory limit: keep large data in a \.npy or \.csv file"));
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.MemoryLimit), () => run.Cases[0].ToString());
    }

    [Test]
    public async Task RunProblemAsync_ForkStorm_HitsProcessLimit()
    {
        // Given
        using var hostile = HostileSubmission.Python(
            "def soft_target_grad(y, t):\n    for _ in range(300):\n        if os.fork() == 0:\n            time.sleep(30)\n            os._exit(0)\n    return y\n");

        // When (64 forks of a numpy process take long on a loaded machine: time is not what this tests)
        var run = await Containment.RunAsync(Runner, hostile, limits: Containment.Limits with { WallPerCall = TimeSpan.FromSeconds(20), CpuTime = TimeSpan.FromSeconds(20) });

        // Then
        Containment.AssertFailed(run, CaseOutcome.ProcessLimit, "hit the limit of 64 processes");
    }

    [Test]
    public async Task RunProblemAsync_ForkedProcessesEscapeTheirGroup_AreKilledWhenTheProblemEnds()
    {
        // Given a problem that leaves daemons behind (new sessions, so not in its process group),
        // and a second problem that counts the processes its sandbox can see
        using var hostile = HostileSubmission.Python(
            "def soft_target_grad(y, t):\n    for _ in range(20):\n        if os.fork() == 0:\n            os.setsid()\n            time.sleep(60)\n            os._exit(0)\n    return y\n\n"
            + "def backprop(x, y, weights, biases):\n    return [np.array([len([p for p in os.listdir('/proc') if p.isdigit()])])], weights\n");
        using var submission = hostile.Open();

        // When
        var run = await Runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], Containment.Limits);
        var census = await Runner.RunProblemAsync(submission, Problems.NielsenBackprop, [Problems.NielsenPublic], Containment.Limits);
        Runner.Release(submission);

        // Then the next problem sees only the submission's zygote (init of its PID namespace) and itself
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].ToString());
        Assert.That(((TensorList)census.Cases[0].Outputs!["nabla_b"])[0].ScalarValue, Is.EqualTo(2), () => census.Cases[0].ToString());
    }

    [Test]
    public async Task RunProblemAsync_ConnectsToLocalListener_CannotConnect()
    {
        // Given
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var hostile = HostileSubmission.Python(
            $"def soft_target_grad(y, t):\n    socket.create_connection(('127.0.0.1', {port}), timeout=1).sendall(b'stolen')\n    return y\n");

        // When
        var run = await Containment.RunAsync(Runner, hostile);

        // Then
        Containment.AssertFailed(run, CaseOutcome.Exception, "Error");
        Assert.That(listener.Pending(), Is.False, "a connection reached the listener");
    }

    [TestCase("spec", TestName = "RunProblemAsync_ReadsSpecFile_CannotRead")]
    [TestCase("other", TestName = "RunProblemAsync_ReadsOtherSubmission_CannotRead")]
    [TestCase("home", TestName = "RunProblemAsync_ReadsGraderHome_CannotRead")]
    public async Task RunProblemAsync_ReadsOutside_CannotRead(string target)
    {
        // Given
        var spec = Path.Combine(Path.GetTempPath(), "grader-spec-" + Guid.NewGuid().ToString("N")[..6] + ".yaml");
        File.WriteAllText(spec, "secret: expected values\n");
        var path = target switch
        {
            "spec" => spec,
            "other" => Problems.Fixture("python-good/solution.py"),
            _ => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".bashrc"),
        };
        using var hostile = HostileSubmission.Python($"def soft_target_grad(y, t):\n    open({Quote(path)}).read()\n    return y\n");

        // When
        var run = await Containment.RunAsync(Runner, hostile);
        File.Delete(spec);

        // Then
        Containment.AssertFailed(run, CaseOutcome.Exception, "Error: [Errno");
    }

    [Test]
    public async Task RunProblemAsync_WritesOutsideScratch_NothingAppearsOnHost()
    {
        // Given
        var marker = Path.Combine(Path.GetTempPath(), "grader-marker-" + Guid.NewGuid().ToString("N")[..6]);
        using var hostile = HostileSubmission.Python(
            $"def soft_target_grad(y, t):\n    open({Quote(marker)}, 'w').write('x')\n    open('hostile.py', 'w').write('pwned')\n    return y\n");

        // When
        var run = await Containment.RunAsync(Runner, hostile);

        // Then writing its own files fails (read-only: a bound folder, or a copy sent to a reused sandbox)
        Containment.AssertFailed(run, CaseOutcome.Exception, "Error: [Errno");
        Assert.That(File.Exists(marker), Is.False, "a file written in the sandbox appeared on the host");
    }

    private static string Quote(string path) => "'" + path.Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
