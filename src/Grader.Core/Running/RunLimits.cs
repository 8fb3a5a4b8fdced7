using System.Globalization;

namespace Grader.Running;

/// <summary>Limits for running a submission's code; exceeding one fails that case with a verdict naming it.</summary>
public sealed record RunLimits(
    TimeSpan WallPerCall,
    TimeSpan CpuTime,
    long MemoryBytes,
    int Processes,
    int OpenFiles,
    long FileSizeBytes,
    long OutputBytes)
{
    public static RunLimits Default { get; } = new(
        TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), 1L << 30, 64, 256, 16L << 20, 1L << 20);

    /// <summary>"10 s", "500 ms".</summary>
    public static string FormatDuration(TimeSpan span) => span.TotalSeconds >= 1
        ? span.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture) + " s"
        : span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>"1 GiB", "16 MiB", "512 KiB", "100 bytes".</summary>
    public static string FormatBytes(long bytes)
    {
        string[] units = ["GiB", "MiB", "KiB"];
        for (var i = 0; i < units.Length; i++)
        {
            var size = 1L << (10 * (units.Length - i));
            if (bytes >= size)
            {
                return (bytes / (double)size).ToString("0.##", CultureInfo.InvariantCulture) + " " + units[i];
            }
        }

        return bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
    }
}
