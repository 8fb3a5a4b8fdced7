using System.Runtime.InteropServices;
using Grader.Running;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Core.Tests.Running;

/// <summary>
/// One student cannot touch another (issue 10): a submission that tries to take over the channel to
/// the grader, or to leave something behind, on the sandbox that serves the next submission.
/// </summary>
[TestFixture]
[NonParallelizable]
internal sealed partial class CrossSubmissionTests
{
    /// <summary>
    /// The attack of issue 10: copy the grader's pipes out of another process of the sandbox
    /// (pidfd_getfd, else /proc/PID/fd), leave a daemon holding them that speaks the protocol, answers
    /// "close" with "clean" and grades every later submission with zeros, and stop the real holder.
    /// Returns [descriptors obtained, 0, 0] when it gets nothing.
    /// </summary>
    private const string Takeover = """
        import ctypes, fcntl, json, struct

        def frame(fd):
            head = b''
            while len(head) < 4:
                chunk = os.read(fd, 4 - len(head))
                if not chunk:
                    os._exit(0)
                head += chunk
            (n,) = struct.unpack('>I', head)
            body = b''
            while len(body) < n:
                body += os.read(fd, n - len(body))
            return json.loads(body)

        def send(fd, message):
            body = json.dumps(message).encode()
            os.write(fd, struct.pack('>I', len(body)) + body)

        def zeros(outputs):
            return {o['name']: ([[0.0]] if o['isList'] else 0.0) for o in outputs}

        def answer(w, load, calls):
            send(w, {'op': 'loaded', 'stdout': ''})
            for _ in range(calls):
                send(w, {'op': 'result', 'outcome': 'returned', 'outputs': zeros(load['outputs']), 'problems': [], 'stdout': ''})
            send(w, {'op': 'ended'})

        def daemon(r, w):
            answer(w, {'outputs': [{'name': 'dy', 'isList': False}]}, 1)
            while True:
                request = frame(r)
                op = request.get('op')
                if op == 'close':
                    send(w, {'op': 'closed', 'clean': True, 'token': request.get('token')})
                elif op == 'open':
                    send(w, {'op': 'opened'})
                elif op == 'load':
                    answer(w, request, len(request.get('calls') or []))

        def steal(pid, fd, mode):
            libc = ctypes.CDLL(None, use_errno=True)
            pidfd = libc.syscall(434, pid, 0)
            if pidfd >= 0:
                got = libc.syscall(438, pidfd, fd, 0)
                if got >= 0:
                    return got
            try:
                return os.open('/proc/%d/fd/%d' % (pid, fd), mode)
            except OSError:
                return None

        def soft_target_grad(y, t):
            target = {'zygote': (os.getppid(), 3, 4), 'init': (1, 0, 1)}[TARGET]
            r = steal(target[0], target[1], os.O_RDONLY)
            w = steal(target[0], target[2], os.O_WRONLY)
            if r is None or w is None:
                return np.array([float((r is not None) + (w is not None)), 0.0, 0.0])
            if os.fork() == 0:
                os.setsid()
                try:
                    daemon(r, w)
                finally:
                    os._exit(0)
            for holder in {os.getppid(), target[0]}:
                try:
                    os.kill(holder, signal.SIGSTOP)
                except OSError:
                    pass
            time.sleep(30)
        """;

    private SubmissionRunner _runner = null!;

    [SetUp]
    public void StartRunner() => _runner = new SubmissionRunner(new SandboxOptions());

    [TearDown]
    public void StopRunner() => _runner.Dispose();

    [TestCase("zygote", TestName = "RunProblemAsync_TakeoverThroughTheZygotesPipes_NextSubmissionGradedByItsOwnCode")]
    [TestCase("init", TestName = "RunProblemAsync_TakeoverThroughPid1sPipes_NextSubmissionGradedByItsOwnCode")]
    public async Task RunProblemAsync_Takeover_NextSubmissionGradedByItsOwnCode(string target)
    {
        // Given an attacker graded first, then released
        using var attacker = HostileSubmission.Python($"TARGET = '{target}'\n" + Takeover);
        ProblemRun attack;
        using (var submission = attacker.Open())
        {
            attack = await _runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], Containment.Limits);
            _runner.Release(submission);
        }

        await _runner.ServerReturned;

        // When a correct submission is graded next
        using var victim = Submission.Open(Problems.Fixture("python-good"), Problems.All, Toolchain.Default);
        var run = await _runner.RunProblemAsync(victim, Problems.ToyNetwork, [Problems.ToyNetworkPublic], Containment.Limits);

        // Then the attacker obtained no descriptor, and the victim's own code answered
        Assert.That(attack.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => attack.Cases[0].ToString());
        Assert.That(((Tensor)attack.Cases[0].Outputs!["dy"]).ToArray()[0], Is.Zero, "descriptors the attacker obtained");
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].ToString());
        Assert.That(((Tensor)run.Cases[0].Outputs!["W1"]).ToArray(), Is.EqualTo(Problems.ToyW1).Within(1e-9));
    }
    [TestCase("open('/planted.py', 'w')", TestName = "RunProblemAsync_WritesToTheRoot_ReadOnly")]
    [TestCase("open('/etc/message-for-the-next', 'w')", TestName = "RunProblemAsync_WritesToEtc_ReadOnly")]
    [TestCase("open('/dev/message-for-the-next', 'w')", TestName = "RunProblemAsync_WritesToDev_ReadOnly")]
    public async Task RunProblemAsync_WritesOutsideItsScratch_ReadOnly(string attempt)
    {
        // Given code that leaves a file where the next submission on the server would find it
        using var hostile = HostileSubmission.Python("def soft_target_grad(y, t):\n    " + attempt + "\n    return y\n");

        // When
        var run = await Containment.RunAsync(_runner, hostile);

        // Then
        Containment.AssertFailed(run, CaseOutcome.Exception, "Read-only file system");
    }

    [TestCase("/tmp", TestName = "RunProblemAsync_Fills100MiBOfTmp_NoSpaceLeft")]
    [TestCase("/dev/shm", TestName = "RunProblemAsync_Fills100MiBOfDevShm_NoSpaceLeft")]
    public async Task RunProblemAsync_FillsScratch_NoSpaceLeft(string folder)
    {
        // Given code that writes 100 MiB of files (tmpfs pages count against no process limit, so the
        // scratch itself is bounded), 8 MiB at a time under the 16 MiB file-size limit
        using var hostile = HostileSubmission.Python(
            $"def soft_target_grad(y, t):\n    for i in range(13):\n        with open('{folder}/fill-%d' % i, 'wb') as f:\n"
            + "            f.write(b'x' * (8 << 20))\n    return y\n");

        // When
        var run = await Containment.RunAsync(_runner, hostile);

        // Then
        Containment.AssertFailed(run, CaseOutcome.Exception, "No space left on device");
    }

    [TestCase("ctypes.CDLL('librt.so.1', use_errno=True).mq_open(b'/for-the-next', 0o102, 0o600, None)", TestName = "RunProblemAsync_OpensAPosixMessageQueue_PermissionDenied")]
    [TestCase("libc.msgget(4242, 0o1600)", TestName = "RunProblemAsync_CreatesASystemVQueue_PermissionDenied")]
    [TestCase("libc.shmget(4242, 1 << 20, 0o1600)", TestName = "RunProblemAsync_CreatesSystemVSharedMemory_PermissionDenied")]
    [TestCase("libc.syscall(248, b'user', b'for-the-next', b'secret', 6, -4)", TestName = "RunProblemAsync_AddsAKeyToItsKeyring_PermissionDenied")]
    [TestCase("libc.syscall(319, b'unbounded', 0)", TestName = "RunProblemAsync_CreatesAMemfd_PermissionDenied")]
    [TestCase("libc.unshare(0x10000000)", TestName = "RunProblemAsync_CreatesAUserNamespace_PermissionDenied")]
    [TestCase("libc.syscall(434, 1, 0)", TestName = "RunProblemAsync_OpensAPidfdOfItsZygote_PermissionDenied")]
    public async Task RunProblemAsync_KernelStateOutsideItsProcesses_PermissionDenied(string call)
    {
        // Given code that makes a system call whose effect could outlive its processes or reach others
        using var hostile = HostileSubmission.Python(
            "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\n\ndef soft_target_grad(y, t):\n"
            + $"    if {call} == -1:\n        raise PermissionError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))\n    return y\n");

        // When
        var run = await Containment.RunAsync(_runner, hostile);

        // Then
        Containment.AssertFailed(run, CaseOutcome.Exception, "PermissionError: [Errno 1]");
    }

    [TestCase("python", TestName = "RunProblemAsync_WritesToDescriptorsTheGraderInherited_NothingReachesThem")]
    [TestCase("csharp", TestName = "RunProblemAsync_CSharpWritesToDescriptorsTheGraderInherited_NothingReachesThem")]
    public async Task RunProblemAsync_WritesToInheritedDescriptors_NothingReachesThem(string language)
    {
        // Given a file the grader's caller left open without close-on-exec (a wrapper's log), and code
        // that writes to every descriptor of its process that is a file (not its pipes, sockets, /dev or the .NET runtime's memory file)
        var log = Path.GetTempFileName();
        using var handle = File.OpenHandle(log, FileMode.Open, FileAccess.Write);
        var leaked = Dup((int)handle.DangerousGetHandle());
        Assume.That(leaked, Is.GreaterThan(2), "dup failed");
        try
        {
            using var hostile = language == "python"
                ? HostileSubmission.Python(
                    "def soft_target_grad(y, t):\n    hit = 0\n    for fd in range(3, 1024):\n        try:\n"
                    + "            target = os.readlink('/proc/self/fd/%d' % fd)\n"
                    + "            if target.startswith('/') and not target.startswith(('/dev/', '/proc/')):\n"
                    + "                os.write(fd, b'written by a student')\n                hit += 1\n"
                    + "        except OSError:\n            pass\n    return np.array([float(hit), 0.0, 0.0])\n")
                : HostileSubmission.CSharp("""
                    public static double[] SoftTargetGrad(double[] y, double[] t)
                    {
                        var hit = 0;
                        for (var fd = 3; fd < 1024; fd++)
                        {
                            try
                            {
                                var target = new FileInfo($"/proc/self/fd/{fd}").LinkTarget;
                                if (target is null || !target.StartsWith('/') || target.StartsWith("/dev/") || target.StartsWith("/proc/") || target.StartsWith("/memfd:")) continue;
                                RandomAccess.Write(new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, false), "written by a student"u8, 0);
                                hit++;
                                Console.WriteLine(target);
                            }
                            catch (Exception) { }
                        }

                        return [hit, 0, 0];
                    }
                    """);
            using var submission = hostile.Open();

            // When
            var run = await _runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], Containment.Limits);

            // Then
            Assert.That(new FileInfo(log).Length, Is.Zero);
            Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].ToString());
            Assert.That(((Tensor)run.Cases[0].Outputs!["dy"]).ToArray()[0], Is.Zero, () => "files the code could write to: " + run.Cases[0].Stdout);
        }
        finally
        {
            _ = Close(leaked);
            File.Delete(log);
        }
    }

    [LibraryImport("libc", EntryPoint = "dup")]
    private static partial int Dup(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
