using System.Diagnostics;
using System.Globalization;

namespace Grader.Cli.Bench;

/// <summary>The grader process's memory at one moment: resident set, its peak so far (VmHWM) and the live managed heap.</summary>
internal readonly record struct MemorySample(int Graded, long ResidentBytes, long PeakResidentBytes, long ManagedBytes)
{
    public static MemorySample Take(int graded)
    {
        using var self = Process.GetCurrentProcess();
        var peak = ReadStatus("VmHWM") ?? self.PeakWorkingSet64;
        var resident = ReadStatus("VmRSS") ?? self.WorkingSet64;
        return new MemorySample(graded, resident, peak, GC.GetTotalMemory(forceFullCollection: true));
    }

    private static long? ReadStatus(string key)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        var kib = line?[(key.Length + 1)..].Trim().Split(' ')[0];
        return long.TryParse(kib, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value * 1024 : null;
    }
}
