using System.Globalization;
using System.Text;

namespace Grader.Cli.Bench;

/// <summary>
/// The fields of one <c>/proc/PID/stat</c> that <c>grader bench</c> reads (proc(5) numbers them from 1:
/// pid 1, comm 2, state 3, ppid 4, minflt 10, cminflt 11, majflt 12, cmajflt 13). The <c>c</c> counts are
/// those of the children the process has reaped (and, through theirs, of their reaped descendants).
/// </summary>
internal readonly record struct ProcStat(
    int Pid, string Command, int ParentPid, long MinorFaults, long ChildMinorFaults, long MajorFaults, long ChildMajorFaults)
{
    /// <summary>The process's own page faults, minor and major.</summary>
    public long Faults => MinorFaults + MajorFaults;

    /// <summary>The page faults of the children it has reaped.</summary>
    public long ChildFaults => ChildMinorFaults + ChildMajorFaults;

    /// <summary>Reads one line of <c>/proc/PID/stat</c>; null if it is not one.</summary>
    public static ProcStat? Parse(string text)
    {
        // The command name may hold spaces and parentheses: it runs from the first '(' to the last ')'.
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.LastIndexOf(')');
        if (open < 1 || close < open || close + 2 > text.Length)
        {
            return null;
        }

        // fields[0] is field 3 (state): field n is fields[n - 3].
        var fields = text[(close + 2)..].Split(' ');
        return fields.Length > 10
            && int.TryParse(text.AsSpan(0, open).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent)
            && long.TryParse(fields[7], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            && long.TryParse(fields[8], NumberStyles.None, CultureInfo.InvariantCulture, out var childMinor)
            && long.TryParse(fields[9], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && long.TryParse(fields[10], NumberStyles.None, CultureInfo.InvariantCulture, out var childMajor)
                ? new ProcStat(pid, text[(open + 1)..close], parent, minor, childMinor, major, childMajor)
                : null;
    }

    /// <summary>The process's stat now, or null if it has ended (or never was).</summary>
    public static ProcStat? Read(int pid)
    {
        // One read into a buffer: a sample reads a few dozen of these, and a FileStream for each cost more than the kernel's work.
        Span<byte> buffer = stackalloc byte[MaxLength];
        try
        {
            using var handle = File.OpenHandle(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/stat"));
            var length = RandomAccess.Read(handle, buffer, 0);
            return Parse(Encoding.UTF8.GetString(buffer[..length]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // It ended while being read.
            return null;
        }
    }

    /// <summary>More than a stat line takes: 52 numbers and a command name of at most 15 bytes (64 with a kernel thread's).</summary>
    private const int MaxLength = 2048;
}
