using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Grader.Cli.Bench;

/// <summary>
/// The calling thread's CPU time (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), so that a short piece
/// of work is measured without the time it waited for a CPU on a busy machine; the wall clock where
/// that clock cannot be read.
/// </summary>
internal static class ThreadCpu
{
    private const int ThreadCpuClock = 3;

    public static TimeSpan Now()
    {
        try
        {
            if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var now) == 0)
            {
                return TimeSpan.FromTicks((now.Seconds * TimeSpan.TicksPerSecond) + (now.Nanoseconds / 100));
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // The wall clock, below.
        }

        return Stopwatch.GetElapsedTime(0);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
