using Grader.Running;
using Grader.Values;

namespace Grader.Core.Tests.Running;

/// <summary>
/// A submission's problems share one Python child while it stays clean (issue 6's throughput),
/// yet each problem starts as if in a fresh process: the file imported afresh, process state put
/// back, and a new child after anything the worker cannot put back (issue 3's isolation).
/// </summary>
[TestFixture]
internal sealed class ChildReuseTests : RunnerFixture
{
    private const string Header = "import numpy as np\nimport os, sys, signal, time, warnings, threading, resource\n\n";

    /// <summary>backprop reports what it sees as nabla_b[0]; its first entry is always the process id.</summary>
    private const string Report = "def backprop(x, y, weights, biases):\n    return [np.array([float(os.getpid())] + {0})], weights\n";

    [Test]
    public async Task RunProblemAsync_CleanProblems_ShareOneProcessButNotTheModule()
    {
        // Given a module-level list that each problem's function appends to
        var (first, second) = await RunTwoAsync(
            "seen = []\n\ndef soft_target_grad(y, t):\n    seen.append(1)\n    return np.array([float(os.getpid()), float(len(seen)), 0.0])\n\n",
            "[float(len(seen) + 1)]");

        // Then the same process served both, and the second saw a freshly imported module
        Assert.That(second, Is.EqualTo(new[] { first[0], 1.0 }));
        Assert.That(first[1], Is.EqualTo(1.0));
    }

    [Test]
    public async Task RunProblemAsync_ProblemChangesProcessState_NextProblemSeesItPutBack()
    {
        // Given a problem that changes what a later problem of the same process would otherwise inherit
        var (first, second) = await RunTwoAsync(
            """
            def soft_target_grad(y, t):
                warnings.simplefilter("error")
                np.seterr(all="raise")
                sys.setrecursionlimit(60)
                sys.path.append("/tmp/elsewhere")
                os.chdir("/tmp")
                signal.signal(signal.SIGALRM, signal.SIG_IGN)
                signal.alarm(100)
                return np.array([float(os.getpid()), 0.0, 0.0])


            """,
            """
            [float(np.geterr()["divide"] == "warn"), float(sys.getrecursionlimit() >= 1000), float("/tmp/elsewhere" not in sys.path),
                float(os.getcwd() == "/submission"), float(signal.getsignal(signal.SIGALRM) == signal.SIG_DFL), float(signal.alarm(0) == 0),
                float(np.log(np.array([0.0]))[0] == -np.inf)]
            """);

        // Then the second problem ran in the same process, with everything as it was before the first
        Assert.That(second[0], Is.EqualTo(first[0]), "the child was not reused");
        Assert.That(second.Skip(1), Is.All.EqualTo(1.0), () => string.Join(", ", second));
    }

    [TestCase("np.maximum = lambda *a, **k: 0\n    ", "float(np.maximum(np.array([1.0]), 0.0)[0])", TestName = "RunProblemAsync_PatchesNumpyInACall_NextProblemGetsANewProcess")]
    [TestCase("sys.stdout = __import__('io').StringIO()\n    ", "float(not isinstance(sys.stdout, __import__('io').StringIO))", TestName = "RunProblemAsync_ReplacesSysStdout_NextProblemGetsANewProcess")]
    [TestCase("threading.Thread(target=time.sleep, args=(30,), daemon=True).start()\n    ", "float(threading.active_count())", TestName = "RunProblemAsync_LeavesAThread_NextProblemGetsANewProcess")]
    [TestCase("held.append(open('/submission/hostile.py'))\n    ", "float(len(os.listdir('/proc/self/fd')) < 10)", TestName = "RunProblemAsync_LeavesAFileOpen_NextProblemGetsANewProcess")]
    [TestCase("held.append(np.ones(50_000_000))\n    ", "float(len(held) == 0)", TestName = "RunProblemAsync_HoldsOnToMemory_NextProblemGetsANewProcess")]
    public async Task RunProblemAsync_LeavesSomethingBehind_NextProblemGetsANewProcess(string action, string check)
    {
        // Given a problem that leaves behind what the worker cannot put back
        var (first, second) = await RunTwoAsync(
            $"held = sys.__dict__.setdefault('_held_by_test', [])\n\ndef soft_target_grad(y, t):\n    {action}return np.array([float(os.getpid()), 0.0, 0.0])\n\n",
            $"[{check}]");

        // Then the next problem ran in a new process that knows nothing of it
        Assert.That(second[0], Is.Not.EqualTo(first[0]), "the child was reused");
        Assert.That(second[1], Is.EqualTo(1.0));
    }

    [TestCase("pass", TestName = "RunProblemAsync_RaisesItsOwnCpuLimit_IsStillStoppedAtTheLimit")]
    [TestCase("if time.time() > last[0] + 0.001:\n            last[0] = time.time()\n            os.write(1, b'.')", TestName = "RunProblemAsync_RaisesItsOwnCpuLimitAndKeepsPrinting_IsStillStoppedAtTheLimit")]
    public async Task RunProblemAsync_RaisesItsOwnCpuLimit_IsStillStopped(string spin)
    {
        // Given code that lifts the CPU limit the child set for the problem, then spins (printing a little now and then)
        using var hostile = HostileSubmission.Python(
            "import resource\n\ndef soft_target_grad(y, t):\n    resource.setrlimit(resource.RLIMIT_CPU, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))\n"
            + $"    last = [time.time()]\n    while True:\n        {spin}\n");
        using var submission = hostile.Open();
        var limits = Containment.Limits with { WallPerCall = TimeSpan.FromSeconds(6), CpuTime = TimeSpan.FromSeconds(1) };

        // When
        var run = await Runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], limits);
        Runner.Release(submission);

        // Then the zygote, which watches the child's CPU time itself, stopped it
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Timeout), () => run.Cases[0].ToString());
        Assert.That(run.Cases[0].Message, Does.Contain("used more than 1 s of CPU time in the public case"));
    }

    /// <summary>Runs soft-targets (whose first output entry is the process id) and then backprop reporting <paramref name="report"/>.</summary>
    [Test]
    public async Task RunProblemAsync_ChildForkedWithoutAtForkHandlers_StartsThreadsForksAndImports()
    {
        // Given code that needs a consistent interpreter after the fork that made its process (the worker
        // forks without Python's at-fork handlers): a thread, a fork of its own, an import, a lock
        var (first, second) = await RunTwoAsync(
            """
            def soft_target_grad(y, t):
                box = []
                worker = threading.Thread(target=lambda: box.append(threading.current_thread() is not threading.main_thread()))
                worker.start()
                worker.join()
                pid = os.fork()
                if pid == 0:
                    os._exit(7)
                _, status = os.waitpid(pid, 0)
                import json, fractions
                with threading.Lock():
                    pass
                return np.array([float(box == [True]), float(os.waitstatus_to_exitcode(status)), float(threading.active_count())])


            """,
            "[float(threading.current_thread() is threading.main_thread()), float(threading.active_count())]");

        // Then all of it worked as in a process os.fork() made, and the next problem saw one thread
        Assert.That(first, Is.EqualTo(new[] { 1.0, 7.0, 1.0 }));
        Assert.That(second.Skip(1), Is.EqualTo(new[] { 1.0, 1.0 }));
    }

    private async Task<(double[] First, double[] Second)> RunTwoAsync(string source, string report)
    {
        using var hostile = HostileSubmission.Python(Header + source + string.Format(System.Globalization.CultureInfo.InvariantCulture, Report, report));
        using var submission = hostile.Open();
        // Containment's limits, with time enough for 400 MB of page faults on a loaded machine: these
        // problems are meant to return (what is tested is which process the second one runs in).
        var limits = Containment.Limits with { WallPerCall = TimeSpan.FromSeconds(20), CpuTime = TimeSpan.FromSeconds(20) };
        var first = await Runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], limits);
        var second = await Runner.RunProblemAsync(submission, Problems.NielsenBackprop, [Problems.NielsenPublic], limits);
        Runner.Release(submission);
        Assert.That(first.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => first.Cases[0].ToString());
        Assert.That(second.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => second.Cases[0].ToString());
        return (((Tensor)first.Cases[0].Outputs!["dy"]).ToArray(), ((TensorList)second.Cases[0].Outputs!["nabla_b"])[0].ToArray());
    }
}
