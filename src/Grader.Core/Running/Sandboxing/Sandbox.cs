using System.Diagnostics;

namespace Grader.Running.Sandboxing;

/// <summary>
/// Builds the command line that runs a worker inside bubblewrap: new user, PID, network, IPC and UTS
/// namespaces; a read-only root with a read-only <c>/usr</c> and <c>/dev</c>; the given folders bound
/// read-only; a clean environment. As root the sandbox first drops to uid/gid 65534 (nobody), so
/// per-process limits such as <c>RLIMIT_NPROC</c> apply. A worker that runs student code itself (C#)
/// gets a size-limited private tmpfs at <c>/tmp</c>, the only writable place; a worker that
/// <em>nests</em> (the Python server) gets only empty mount points and <c>CAP_SYS_ADMIN</c> in the
/// sandbox's own user namespace, to give each submission namespaces and scratch of its own; it drops
/// the capability before anything of a submission runs. Without the sandbox the same command runs
/// directly with a clean environment.
/// </summary>
internal sealed class Sandbox
{
    public const int NobodyId = 65534;

    private readonly string? _bubblewrap;

    /// <summary>The fallback where bubblewrap cannot work (<see cref="IsolationPolicy.Auto"/> only).</summary>
    private readonly Confinement? _confinement;

    public Sandbox(SandboxOptions options)
    {
        Options = options;
        if (!options.Enabled)
        {
            return;
        }

        var configured = options.BubblewrapPath;
        _bubblewrap = configured is null ? ExecutableSearch.OnPath("bwrap") : File.Exists(configured) ? configured : null;
        if (options.Isolation == IsolationPolicy.Auto
            && (_bubblewrap is null ? RunMessages.NoBubblewrap(configured) : IsolationProbe.BubblewrapFailure(options, _bubblewrap)) is { } failure)
        {
            _confinement = Confinement.Create(options, failure);
        }
        else if (_bubblewrap is null)
        {
            throw RunnerException.BubblewrapMissing(configured ?? "no bwrap on PATH");
        }
    }

    public SandboxOptions Options { get; }

    /// <summary>Workers run in bubblewrap (false with --no-sandbox, and in the confined fallback).</summary>
    public bool Enabled => Options.Enabled && _confinement is null;

    /// <summary>True in the confined fallback: every worker runs as the same user, in the grader's namespaces.</summary>
    public bool Confined => _confinement is not null;

    /// <summary>The isolation in force, as the reports say it.</summary>
    public string Isolation => _confinement?.Description ?? (Enabled ? RunMessages.BubblewrapIsolation : RunMessages.NoIsolation);

    /// <summary>True when the sandbox runs as nobody and so needs world-readable files.</summary>
    public bool DropsToNobody => (Enabled && Environment.IsPrivilegedProcess) || _confinement is not null;

    /// <summary>The path a bound folder has for the worker: inside the sandbox, or the host path without it.</summary>
    public string PathFor(SandboxMount mount) => Enabled ? mount.Inside : mount.Host;

    /// <param name="nests">The worker makes a sandbox of its own for each submission (see <see cref="PythonServers"/>):
    /// mount points instead of scratch, and the capability to mount them.</param>
    public ProcessStartInfo Command(
        IReadOnlyList<SandboxMount> mounts,
        string workingMount,
        long scratchBytes,
        IReadOnlyDictionary<string, string> environment,
        IReadOnlyList<string> command,
        bool nests = false)
    {
        var start = new ProcessStartInfo();
        var args = start.ArgumentList;
        if (!Enabled)
        {
            start.FileName = command[0];
            command.Skip(1).ToList().ForEach(args.Add);
            start.WorkingDirectory = mounts.First(m => m.Inside == workingMount).Host;
        }
        else
        {
            if (DropsToNobody)
            {
                start.FileName = "/usr/bin/setpriv";
                Add(args, $"--reuid={NobodyId}", $"--regid={NobodyId}", "--clear-groups", "--inh-caps=-all", _bubblewrap!);
            }
            else
            {
                start.FileName = _bubblewrap!;
            }

            Add(args, "--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent", "--new-session");
            Add(args, "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64");
            Add(args, "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin");
            Add(args, "--ro-bind-try", "/etc/alternatives", "/etc/alternatives", "--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache");
            // Debian's matplotlib reads its defaults from this one file (a notebook that imports it fails
            // without), and it lists the system's fonts through fontconfig, whose configuration is /etc/fonts.
            Add(args, "--ro-bind-try", "/etc/matplotlibrc", "/etc/matplotlibrc", "--ro-bind-try", "/etc/fonts", "/etc/fonts");
            Add(args, "--proc", "/proc", "--dev", "/dev");
            if (nests)
            {
                Add(args, "--cap-add", "CAP_SYS_ADMIN", "--dir", "/tmp", "--dir", workingMount);
            }
            else
            {
                Add(args, "--size", scratchBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), "--tmpfs", "/tmp");
            }

            foreach (var mount in mounts.Where(m => !m.Host.StartsWith("/usr/", StringComparison.Ordinal) || m.Inside != m.Host))
            {
                Add(args, "--ro-bind", mount.Host, mount.Inside);
            }

            // Held-out labels (experiment problems' datasets) under /usr: an empty, read-only folder instead.
            foreach (var folder in HeldOutData.Folders().Where(f => f.StartsWith("/usr/", StringComparison.Ordinal)))
            {
                Add(args, "--size", "4096", "--perms", "0555", "--tmpfs", folder, "--remount-ro", folder);
            }

            // Last: nothing but /tmp (or what a nesting worker mounts per submission) stays writable.
            Add(args, "--remount-ro", "/dev", "--remount-ro", "/");

            Add(args, "--chdir", workingMount, "--clearenv");
            foreach (var (name, value) in environment)
            {
                Add(args, "--setenv", name, value);
            }

            args.Add("--");
            command.ToList().ForEach(args.Add);
        }

        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return _confinement?.Wrap(start) ?? start;
    }

    private static void Add(IList<string> args, params string[] items)
    {
        foreach (var item in items)
        {
            args.Add(item);
        }
    }
}
