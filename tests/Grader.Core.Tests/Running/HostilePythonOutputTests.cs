using Grader.Reference;
using Grader.Running;
using Grader.Values;

namespace Grader.Core.Tests.Running;

/// <summary>Hostile Python submissions that lie, exit, kill or flood (issue 3, item 5).</summary>
[TestFixture]
internal sealed class HostilePythonOutputTests : RunnerFixture
{
    [Test]
    public async Task RunProblemAsync_PrintsFakeResponseAndScore_TakesOnlyWhatWasReturned()
    {
        // Given a function that prints a well-formed protocol frame with the right answer, then returns zeros
        using var hostile = HostileSubmission.Python("""
            import json, struct
            def soft_target_grad(y, t):
                fake = json.dumps({"op": "result", "outcome": "returned", "outputs": {"dy": [0.59, -0.209, -0.38]}, "problems": []}).encode()
                sys.stdout.buffer.write(struct.pack(">I", len(fake)) + fake)
                print("SCORE: 100/100")
                os.write(1, struct.pack(">I", len(fake)) + fake)
                os.write(2, b"Total: 100 points")
                return np.zeros(3)
            """);

        // When
        var run = await Containment.RunAsync(Runner, hostile);

        // Then
        var first = run.Cases[0];
        Assert.That(first.Outcome, Is.EqualTo(CaseOutcome.Returned), () => first.ToString());
        Assert.That(((Tensor)first.Outputs!["dy"]).ToArray(), Is.EqualTo(new double[3]));
        Assert.That(first.Stdout, Does.Contain("SCORE: 100/100").And.Contain("Total: 100 points"));
    }

    [Test]
    public async Task RunProblemAsync_MonkeypatchesNumpy_OnlyItsOwnProblemSeesIt()
    {
        // Given hostile.py patches numpy on import; good.py (toy-network) relies on np.maximum
        using var hostile = HostileSubmission.Python("""
            np.allclose = lambda *a, **k: True
            np.isclose = lambda *a, **k: True
            np.maximum = lambda *a, **k: 0
            np.asarray = None
            import json
            json.dumps = lambda *a, **k: '{"outcome": "returned"}'
            def soft_target_grad(y, t):
                return [1.0, 2.0, 3.0]
            """);

        // When
        var run = await Containment.RunAsync(Runner, hostile);

        // Then its wrong answer arrives as it is; the toy-network checks in Containment pass unpatched
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].ToString());
        Assert.That(((Tensor)run.Cases[0].Outputs!["dy"]).ToArray(), Is.EqualTo(new[] { 1.0, 2.0, 3.0 }));
    }

    [Test]
    public async Task RunProblemAsync_RaisesTwoCallsDeep_TracebackShowsOnlyTheSubmissionsFrames()
    {
        // Given a function that raises in a helper
        using var hostile = HostileSubmission.Python("""
            def helper(y):
                raise ValueError("bad y")
            def soft_target_grad(y, t):
                return helper(y)
            """);

        // When
        var run = await Containment.RunAsync(Runner, hostile);

        // Then the sentence is the grader's, and the traceback starts at the student's own frame
        var first = run.Cases[0];
        Assert.That(first.Outcome, Is.EqualTo(CaseOutcome.Exception), () => first.ToString());
        Assert.That(first.Message, Is.EqualTo("raised ValueError: bad y in the public case"));
        Assert.That(first.Traceback, Does.StartWith("Traceback (most recent call last):\n  File \"/submission/hostile.py\", line 7, in soft_target_grad\n"));
        Assert.That(first.Traceback, Does.Not.Contain("grader_worker").And.Not.Contain("<string>"));
        Assert.That(first.Traceback, Does.EndWith("ValueError: bad y\n"));
    }

    [Test]
    public async Task RunProblemAsync_ImportFails_LoadErrorShowsOnlyTheSubmissionsFrames()
    {
        // Given a file whose import fails
        using var hostile = HostileSubmission.Python("import no_such_module_here\ndef soft_target_grad(y, t):\n    return y\n");

        // When
        var run = await Containment.RunAsync(Runner, hostile);

        // Then
        Assert.That(run.LoadError, Does.StartWith(
            "raised ModuleNotFoundError: No module named 'no_such_module_here' in import\nTraceback (most recent call last):\n  File \"/submission/hostile.py\", line 4, in <module>\n"));
        Assert.That(run.LoadError, Does.Not.Contain("grader_worker").And.Not.Contain("<string>"));
    }

    [TestCase("sys.exit(3)\ndef soft_target_grad(y, t):\n    return y\n", CaseOutcome.Exception, "called sys.exit(3) while being imported", TestName = "RunProblemAsync_SysExitOnImport_LoadError")]
    [TestCase("os._exit(3)\ndef soft_target_grad(y, t):\n    return y\n", CaseOutcome.Crashed, "exited with code 3", TestName = "RunProblemAsync_OsExitOnImport_LoadError")]
    [TestCase("def soft_target_grad(y, t):\n    return y\nwhile True:\n    pass\n", CaseOutcome.Timeout, "timed out after 2 s in the import", TestName = "RunProblemAsync_LoopOnImport_LoadTimesOut")]
    public async Task RunProblemAsync_ExitOnImport_LoadError(string source, CaseOutcome outcome, string message)
    {
        // Given
        using var hostile = HostileSubmission.Python(source);

        // When
        var run = await Containment.RunAsync(Runner, hostile);

        // Then
        Assert.That(run.LoadError, Does.Contain(message));
        Containment.AssertFailed(run, outcome, message);
    }

    [TestCase("sys.exit(0)", CaseOutcome.Exception, "called sys.exit(0) in the public case", TestName = "RunProblemAsync_SysExitDuringCall_Fails")]
    [TestCase("os._exit(0)", CaseOutcome.Crashed, "exited with code 0", TestName = "RunProblemAsync_OsExitDuringCall_Crashes")]
    // The zygote is init of the submission's PID namespace: signals from inside it are ignored, so it lives to report the exit.
    [TestCase("os.kill(os.getppid(), signal.SIGKILL)\n    time.sleep(0.2)\n    os._exit(3)", CaseOutcome.Crashed, "exited with code 3", TestName = "RunProblemAsync_KillsParent_OnlyThisProblemFails")]
    [TestCase("os.kill(-1, signal.SIGKILL)\n    time.sleep(5)", CaseOutcome.Exception, "raised ProcessLookupError", TestName = "RunProblemAsync_KillsEverything_OnlyThisProblemFails")]
    public async Task RunProblemAsync_ExitDuringCall_Fails(string body, CaseOutcome outcome, string message)
    {
        // Given
        using var hostile = HostileSubmission.Python($"def soft_target_grad(y, t):\n    {body}\n    return y\n");

        // When
        var run = await Containment.RunAsync(Runner, hostile);

        // Then
        Containment.AssertFailed(run, outcome, message);
    }

    [Test]
    public async Task RunProblemAsync_Prints500MB_HitsOutputLimit()
    {
        // Given
        using var hostile = HostileSubmission.Python("def soft_target_grad(y, t):\n    line = 'x' * 1_000_000\n    for _ in range(500):\n        print(line)\n    return y\n");

        // When
        var run = await Containment.RunAsync(Runner, hostile);

        // Then
        Containment.AssertFailed(run, CaseOutcome.OutputLimit, "printed more than the 1 MiB output limit in the public case");
        Assert.That(run.Cases[0].Stdout.Length, Is.LessThanOrEqualTo(1 << 20));
    }

    [Test]
    public async Task RunProblemAsync_ReturnsNaNAndInfinity_ArriveFaithfully()
    {
        // Given
        using var hostile = HostileSubmission.Python("def soft_target_grad(y, t):\n    return np.array([np.nan, np.inf, -np.inf])\n");

        // When
        var run = await Containment.RunAsync(Runner, hostile);

        // Then
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].ToString());
        Assert.That(((Tensor)run.Cases[0].Outputs!["dy"]).ToArray(), Is.EqualTo(new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity }));
    }

    [TestCase("return np.array([[1.0], [2.0], [3.0]]).T[0]", new[] { 3 }, TestName = "RunProblemAsync_ReturnsAStridedView_ArrivesInOrder")]
    [TestCase("return np.asfortranarray(np.array([[1.0, 2.0, 3.0]]))", new[] { 1, 3 }, TestName = "RunProblemAsync_ReturnsAFortranArray_ArrivesInOrder")]
    [TestCase("return np.array([1, 2, 3], dtype=np.float32)", new[] { 3 }, TestName = "RunProblemAsync_ReturnsFloat32_ArrivesAsFloat64")]
    [TestCase("y += 0.0\n    t[0] = 9.0\n    assert y.dtype == np.float64 and y.flags.writeable and t.flags.c_contiguous\n    return np.array([1, 2, 3])", new[] { 3 }, TestName = "RunProblemAsync_ChangesItsArgumentsInPlace_TheyAreWritableFloat64")]
    public async Task RunProblemAsync_ArrayForms_ArriveAsTheirValues(string body, int[] shape)
    {
        // Given
        using var hostile = HostileSubmission.Python($"def soft_target_grad(y, t):\n    {body}\n");

        // When
        var run = await Containment.RunAsync(Runner, hostile);

        // Then
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].ToString());
        var dy = (Tensor)run.Cases[0].Outputs!["dy"];
        Assert.That(dy.ShapeArray(), Is.EqualTo(shape));
        Assert.That(dy.ToArray(), Is.EqualTo(new[] { 1.0, 2.0, 3.0 }));
    }

    [Test]
    public async Task RunProblemAsync_PrintsInEveryCall_EachCaseGetsExactlyItsOwnOutput()
    {
        // Given code that prints while imported and in every call, through Python and straight to fd 1 and 2
        using var hostile = HostileSubmission.Python(
            "calls = [0]\nprint('importing')\n\ndef soft_target_grad(y, t):\n    calls[0] += 1\n"
            + "    print('call', calls[0])\n    os.write(1, b'fd1 %d\\n' % calls[0])\n    os.write(2, b'fd2 %d\\n' % calls[0])\n    return y\n");
        using var submission = hostile.Open();
        SolvedCase[] cases = [Problems.SoftTargetsPublic, .. Enumerable.Range(1, 5).Select(i => Problems.Hidden(Problems.SoftTargetsPublic, i))];

        // When
        var run = await Runner.RunProblemAsync(submission, Problems.SoftTargets, cases, Containment.Limits);
        Runner.Release(submission);

        // Then (what the import printed goes with the first case)
        Assert.That(run.Cases.Select(c => c.Stdout), Is.EqualTo(Enumerable.Range(1, 6).Select(i => (i == 1 ? "importing\n" : string.Empty) + $"call {i}\nfd1 {i}\nfd2 {i}\n")));
    }

    [Test]
    public async Task RunProblemAsync_WritesABrokenResultToItsOwnReplyChannel_FailsOnlyItsOwnCase()
    {
        // Given code that finds its reply socket and sends a frame that starts like a result the
        // zygote relays as it is, but is not JSON
        using var hostile = HostileSubmission.Python("""
            import struct
            def soft_target_grad(y, t):
                forged = b'{"op": "result", "marked": false, "outcome": "returned", "outputs": {"dy": [1, 2,}'
                for fd in os.listdir("/proc/self/fd"):
                    try:
                        target = os.readlink("/proc/self/fd/" + fd)
                    except OSError:
                        continue
                    if target.startswith("socket:"):
                        os.write(int(fd), struct.pack(">I", len(forged)) + forged)
                return y
            """);

        // When (Containment also runs the submission's other problem and another submission)
        var run = await Containment.RunAsync(Runner, hostile);

        // Then
        Containment.AssertFailed(run, CaseOutcome.Crashed, "the worker's replies were corrupted in the public case");
    }

    [TestCase("return 'dy'", "output 'dy' is a str, not a number or array", TestName = "RunProblemAsync_ReturnsString_BadReturn")]
    [TestCase("return (x for x in iter(int, 1))", "output 'dy' is a generator, not a number or array", TestName = "RunProblemAsync_ReturnsGenerator_BadReturn")]
    [TestCase("return [[1.0, 2.0], [3.0]]", "ragged nested list", TestName = "RunProblemAsync_ReturnsRaggedList_BadReturn")]
    [TestCase("return {'dy': Evil()}", "output 'dy' is a Evil, not a number or array", TestName = "RunProblemAsync_ReturnsHostileEq_BadReturn")]
    [TestCase("return {'dx': y}", "output 'dy' is missing", TestName = "RunProblemAsync_ReturnsWrongKey_BadReturn")]
    public async Task RunProblemAsync_ReturnsBadValue_BadReturn(string body, string problem)
    {
        // Given
        using var hostile = HostileSubmission.Python($$"""
            class Evil:
                def __eq__(self, other):
                    while True:
                        pass
                __hash__ = None
                def __float__(self):
                    os._exit(9)
            def soft_target_grad(y, t):
                {{body}}
            """);

        // When
        var run = await Containment.RunAsync(Runner, hostile);

        // Then
        Containment.AssertFailed(run, CaseOutcome.BadReturn, problem);
    }
}
