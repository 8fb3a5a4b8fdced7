using System.Globalization;

namespace Grader.Cli.Bench;

/// <summary>
/// The processes of <c>/proc</c> at one moment, with their parents. A process that ends while the
/// snapshot is taken is left out (or is there as a zombie, whose counts are final).
/// </summary>
internal sealed class ProcessTree
{
    private readonly Dictionary<int, ProcStat> _processes;
    private readonly Dictionary<int, List<int>> _children = [];

    private ProcessTree(Dictionary<int, ProcStat> processes)
    {
        _processes = processes;
        foreach (var process in processes.Values)
        {
            if (!_children.TryGetValue(process.ParentPid, out var siblings))
            {
                _children[process.ParentPid] = siblings = [];
            }

            siblings.Add(process.Pid);
        }
    }

    /// <param name="lowestPid">Only processes with this PID or a higher one: those started after it, as long as PIDs have not wrapped around.
    /// Reading fewer files keeps a sample cheap (this kernel may have no <c>/proc/PID/task/TID/children</c>).</param>
    public static ProcessTree Read(int lowestPid = 0)
    {
        var processes = new Dictionary<int, ProcStat>();
        foreach (var folder in Directory.Exists("/proc") ? Directory.EnumerateDirectories("/proc") : [])
        {
            if (int.TryParse(Path.GetFileName(folder.AsSpan()), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && pid >= lowestPid
                && ProcStat.Read(pid) is { } stat)
            {
                processes[pid] = stat;
            }
        }

        return new ProcessTree(processes);
    }

    /// <summary>A tree of fixed processes, for tests.</summary>
    public static ProcessTree Of(IEnumerable<ProcStat> processes) => new(processes.ToDictionary(p => p.Pid));

    public ProcStat? this[int pid] => _processes.TryGetValue(pid, out var stat) ? stat : null;

    public IReadOnlyList<ProcStat> ChildrenOf(int pid) =>
        _children.TryGetValue(pid, out var children) ? [.. children.Order().Select(c => _processes[c])] : [];

    /// <summary>Every process below <paramref name="pid"/>, not itself.</summary>
    public IEnumerable<ProcStat> DescendantsOf(int pid)
    {
        // A snapshot is not atomic: a reused PID could close a loop, so each process is visited once.
        var seen = new HashSet<int> { pid };
        var pending = new Stack<int>([pid]);
        while (pending.TryPop(out var parent))
        {
            foreach (var child in ChildrenOf(parent).Where(c => seen.Add(c.Pid)))
            {
                yield return child;
                pending.Push(child.Pid);
            }
        }
    }
}
