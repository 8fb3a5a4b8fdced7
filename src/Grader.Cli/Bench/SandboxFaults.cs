using Grader.Running;

namespace Grader.Cli.Bench;

/// <summary>
/// Samples the page faults of each submission's sandbox just before the runner releases it, from
/// <c>/proc/PID/stat</c>. Below the grader's worker process (setpriv, which execs bwrap) are bwrap's
/// init, the entry, then by depth: the server (reused for submission after submission), the
/// submission's zygote, and the child that runs the student's code (with whatever it forks).
/// </summary>
internal sealed class SandboxFaults
{
    private readonly Dictionary<int, ServerChain> _chains = [];
    private readonly Dictionary<int, long> _serverBaseline = [];
    private readonly List<SubmissionFaults> _samples = [];
    private readonly Lock _lock = new();
    private long _samplingTicks;

    /// <summary>A sampler called by <paramref name="runner"/> as it releases each submission.</summary>
    public static SandboxFaults Attach(SubmissionRunner runner)
    {
        var faults = new SandboxFaults();
        runner.Releasing = submission =>
        {
            if (runner.WorkerProcessId(submission) is { } worker)
            {
                faults.Sample(worker);
            }
        };
        return faults;
    }

    public void Sample(int worker)
    {
        var start = ThreadCpu.Now();
        if (Count(worker) is { } counts)
        {
            Record(counts.Server, counts.Zygote, counts.Child);
        }

        Interlocked.Add(ref _samplingTicks, (ThreadCpu.Now() - start).Ticks);
    }

    /// <summary>Adds one submission's counts; the server's are its total so far, compared with its previous submission's.</summary>
    public void Record(ProcStat server, long zygote, long child)
    {
        lock (_lock)
        {
            long? since = _serverBaseline.TryGetValue(server.Pid, out var before) ? server.Faults - before : null;
            _serverBaseline[server.Pid] = server.Faults;
            _samples.Add(new SubmissionFaults(since, zygote, child));
        }
    }

    /// <summary>Forgets the samples so far (the warm-up), not the servers' baselines.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _samples.Clear();
            Interlocked.Exchange(ref _samplingTicks, 0);
        }
    }

    public FaultSummary Summarize(int submissions)
    {
        lock (_lock)
        {
            return FaultSummary.Of([.. _samples], submissions, TimeSpan.FromTicks(Interlocked.Read(ref _samplingTicks)));
        }
    }

    /// <summary>The counts of <paramref name="tree"/>'s sandbox below <paramref name="worker"/>; null if it is not a server's with a submission open.</summary>
    public static (ProcStat Server, long Zygote, long Child)? Count(ProcessTree tree, int worker) =>
        ServerChain.Find(tree, worker) is { } chain ? Count(tree, chain) : null;

    /// <summary>
    /// The server (its own faults so far, to be compared with its previous sample), the zygote's own
    /// faults, and the faults of everything below the zygote: those it has reaped (its <c>c</c>
    /// counts) and those still there with theirs.
    /// </summary>
    private static (ProcStat Server, long Zygote, long Child)? Count(ProcessTree tree, ServerChain chain)
    {
        if (tree[chain.Server] is not { } server || server.ParentPid != chain.Entry || tree.ChildrenOf(server.Pid) is not [var zygote])
        {
            return null;
        }

        var child = zygote.ChildFaults + tree.DescendantsOf(zygote.Pid).Sum(p => p.Faults + p.ChildFaults);
        return (server, zygote.Faults, child);
    }

    /// <summary>
    /// Reads as little of /proc as it can: a sandbox's processes were all started after its worker (unless PIDs
    /// wrapped around), and a submission's after its server, which is known after the first sample.
    /// </summary>
    private (ProcStat Server, long Zygote, long Child)? Count(int worker)
    {
        ServerChain? known;
        lock (_lock)
        {
            known = _chains.TryGetValue(worker, out var chain) ? chain : null;
        }

        if (known is { } cached && Count(ProcessTree.Read(cached.Server), cached) is { } counts)
        {
            return counts;
        }

        foreach (var read in (Func<ProcessTree>[])[() => ProcessTree.Read(worker), () => ProcessTree.Read()])
        {
            var tree = read();
            if (ServerChain.Find(tree, worker) is { } found && Count(tree, found) is { } fresh)
            {
                lock (_lock)
                {
                    _chains[worker] = found;
                }

                return fresh;
            }
        }

        return null;
    }

    /// <summary>The processes above a submission's zygote, which last as long as the server.</summary>
    private readonly record struct ServerChain(int Entry, int Server)
    {
        public static ServerChain? Find(ProcessTree tree, int worker)
        {
            if (tree[worker] is not { } top)
            {
                return null;
            }

            // setpriv execs bwrap, and bwrap forks the init of the sandbox's namespaces: the first process
            // below by another name is the entry, whose one child is the server.
            var entry = top;
            while (entry.Command == top.Command)
            {
                if (tree.ChildrenOf(entry.Pid) is not [var below])
                {
                    return null;
                }

                entry = below;
            }

            return tree.ChildrenOf(entry.Pid) is [var server] ? new ServerChain(entry.Pid, server.Pid) : null;
        }
    }
}
