using System.Diagnostics;
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
        var start = Stopwatch.GetTimestamp();
        // The sandbox's processes were all started after its worker: read those first, everything if that missed.
        var counts = Count(ProcessTree.Read(worker), worker) ?? Count(ProcessTree.Read(), worker);
        if (counts is { } found)
        {
            Record(found.Server, found.Zygote, found.Child);
        }

        Interlocked.Add(ref _samplingTicks, Stopwatch.GetTimestamp() - start);
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
            return FaultSummary.Of([.. _samples], submissions, Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _samplingTicks)));
        }
    }

    /// <summary>
    /// The server below <paramref name="worker"/> (its own faults so far, to be compared with its previous
    /// sample), the zygote's own faults, and the faults of everything below the zygote: those it has
    /// reaped (its <c>c</c> counts) and those still there with theirs. Null if the tree is not a
    /// server's with a submission open.
    /// </summary>
    public static (ProcStat Server, long Zygote, long Child)? Count(ProcessTree tree, int worker)
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

        if (tree.ChildrenOf(entry.Pid) is not [var server] || tree.ChildrenOf(server.Pid) is not [var zygote])
        {
            return null;
        }

        var child = zygote.ChildFaults + tree.DescendantsOf(zygote.Pid).Sum(p => p.Faults + p.ChildFaults);
        return (server, zygote.Faults, child);
    }
}
