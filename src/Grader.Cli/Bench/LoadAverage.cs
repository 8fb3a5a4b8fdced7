using System.Globalization;

namespace Grader.Cli.Bench;

internal static class LoadAverage
{
    /// <summary>The 1-minute load average, or NaN where /proc/loadavg does not exist.</summary>
    public static double Read()
    {
        const string file = "/proc/loadavg";
        return File.Exists(file) && double.TryParse(File.ReadAllText(file).Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load)
            ? load
            : double.NaN;
    }
}
