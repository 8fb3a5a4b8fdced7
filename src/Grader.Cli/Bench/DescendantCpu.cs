using System.Globalization;
using Grader.Values;

namespace Grader.Cli.Bench;

/// <summary>
/// CPU time of this process's descendants (the sandboxes), from <c>/proc/*/stat</c>: each live
/// descendant's own time plus that of the children it has reaped. Children of the grader it has
/// already reaped itself are not counted, so read it while the sandboxes still run.
/// </summary>
internal static class DescendantCpu
{
    /// <summary>USER_HZ, which is 100 on every Linux architecture Grader runs on.</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan Read()
    {
        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (var folder in Directory.Exists("/proc") ? Directory.EnumerateDirectories("/proc") : [])
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                // Fields after the command name: state ppid … utime(14) stime(15) cutime(16) cstime(17).
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                ticks[pid] = Enumerable.Range(11, 4).Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // The process ended while being read.
            }
        }

        var self = Environment.ProcessId;
        var total = ticks.Where(p => IsDescendant(p.Key, self, parents)).Sum(p => p.Value);
        return TimeSpan.FromSeconds(total / TicksPerSecond);
    }

    private static bool IsDescendant(int pid, int ancestor, Dictionary<int, int> parents)
    {
        for (var depth = 0; depth < 64 && parents.TryGetValue(pid, out var parent); depth++)
        {
            if (parent == ancestor)
            {
                return true;
            }

            pid = parent;
        }

        return false;
    }
}
