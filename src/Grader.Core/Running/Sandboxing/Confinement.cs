using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Grader.Running.Sandboxing;

/// <summary>
/// The fallback where bubblewrap cannot make namespaces (a Docker container run as root with Docker's
/// seccomp profile, as on Gradescope): each worker is started through <c>setpriv</c> as nobody
/// (uid/gid 65534, no supplementary groups, no capabilities in any set, <c>no_new_privs</c>), then a
/// small launcher sets a process limit and no core files and installs <see cref="SeccompFilter.BuildConfined"/>
/// (no network: only Unix sockets; no ptrace, namespaces, mounts, keyrings or System V IPC) before it
/// executes the worker, which keeps its own limits on time, CPU, memory, files and output. What it lacks
/// beside bubblewrap: its own view of the file system (it reads what any other user may read, so the
/// grader's files must not be world-readable) and a PID namespace (it sees other processes; it can
/// signal only nobody's). It is made only as root, where another user exists to run as; otherwise,
/// or when the launcher does not confine as it should, there is no isolation and nothing runs.
/// </summary>
internal sealed class Confinement
{
    /// <summary>Processes (and threads) nobody may have at once, every worker's together.</summary>
    internal const int MaxProcesses = 256;

    private const string SetPriv = "/usr/bin/setpriv";

    /// <summary>argv: the filter (base64), the process limit, "--", the command.</summary>
    private const string Launcher = """
        import base64, ctypes, os, resource, sys
        program = base64.b64decode(sys.argv[1])
        limit = int(sys.argv[2])
        command = sys.argv[4:]
        resource.setrlimit(resource.RLIMIT_NPROC, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        class Program(ctypes.Structure):
            _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]
        code = ctypes.create_string_buffer(program, len(program))
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(38, 1, 0, 0, 0) != 0 or libc.prctl(22, 2, ctypes.byref(Program(len(program) // 8, ctypes.addressof(code))), 0, 0) != 0:
            sys.stderr.write("grader confinement: the seccomp filter could not be installed (errno %d)\n" % ctypes.get_errno())
            os._exit(121)
        os.execv(command[0], command)
        """;

    /// <summary>Run confined by <see cref="Probe"/>: every claim above that can be checked from inside.</summary>
    private const string Check = """
        import os, socket
        assert os.getuid() == 65534 and os.geteuid() == 65534 and os.getgid() == 65534 and os.getgroups() == [], "not nobody"
        status = dict(line.split(":\t", 1) for line in open("/proc/self/status").read().splitlines() if ":\t" in line)
        assert all(int(status[k], 16) == 0 for k in ("CapEff", "CapPrm", "CapInh", "CapBnd", "CapAmb")), "capabilities left"
        assert status["NoNewPrivs"].strip() == "1" and status["Seccomp"].strip() == "2", "no filter"
        try:
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            raise AssertionError("network sockets allowed")
        except PermissionError:
            pass
        socket.socketpair(socket.AF_UNIX).__class__
        """;

    private readonly string _python;
    private readonly string _filter;

    private Confinement(string python, string reason)
    {
        _python = python;
        _filter = Convert.ToBase64String(SeccompFilter.BuildConfined(RuntimeInformation.ProcessArchitecture));
        Description = RunMessages.ConfinedIsolation(reason);
    }

    /// <summary>What the reports say was in force.</summary>
    public string Description { get; }

    /// <param name="reason">Why bubblewrap is not used (what it said).</param>
    /// <exception cref="RunnerException">no isolation is available here: the reason, and why the fallback cannot run either.</exception>
    public static Confinement Create(SandboxOptions options, string reason)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            throw RunnerException.NoIsolation(reason, RunMessages.ConfinementNeedsRoot);
        }

        if (!File.Exists(SetPriv))
        {
            throw RunnerException.NoIsolation(reason, RunMessages.ConfinementNeedsSetPriv(SetPriv));
        }

        var python = PythonLocator.Find(options.PythonPath);
        lock (Checked)
        {
            if (Checked.TryGetValue((python, reason), out var known))
            {
                return known;
            }

            var confinement = new Confinement(python, reason);
            if (confinement.Probe() is { } failed)
            {
                throw RunnerException.NoIsolation(reason, RunMessages.ConfinementFailed(failed));
            }

            Checked[(python, reason)] = confinement;
            return confinement;
        }
    }

    /// <summary>Confinements whose check passed, by Python and reason: checked once per grader process.</summary>
    private static readonly Dictionary<(string Python, string Reason), Confinement> Checked = [];

    /// <summary>The same command, started as nobody under the launcher.</summary>
    public ProcessStartInfo Wrap(ProcessStartInfo plain)
    {
        var start = new ProcessStartInfo(SetPriv) { WorkingDirectory = plain.WorkingDirectory };
        foreach (var argument in (string[])[
            $"--reuid={Sandbox.NobodyId}", $"--regid={Sandbox.NobodyId}", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all",
            "--no-new-privs", "--", _python, "-I", "-S", "-c", Launcher, _filter,
            MaxProcesses.ToString(CultureInfo.InvariantCulture), "--", plain.FileName, .. plain.ArgumentList])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in plain.Environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private string? Probe()
    {
        var start = new ProcessStartInfo(_python, ["-I", "-S", "-c", Check]) { WorkingDirectory = "/" };
        start.Environment.Clear();
        foreach (var (name, value) in WorkerEnvironment.Python())
        {
            start.Environment[name] = value;
        }

        return IsolationProbe.Run(Wrap(start));
    }
}
