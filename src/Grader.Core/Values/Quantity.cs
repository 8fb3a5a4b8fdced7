using System.Globalization;

namespace Grader.Values;

/// <summary>
/// Sizes and durations as the grader's sentences name them. Intake (file and archive limits) and the
/// run stage (run limits) both write them, so they live early in the pipeline.
/// </summary>
internal static class Quantity
{
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
