using System.Diagnostics;

namespace Grader.Cli.Bench;

/// <summary>The floor a Python submission cannot beat: starting <c>python3 -c "import numpy"</c>, outside any sandbox.</summary>
internal static class PythonFloor
{
    /// <returns>The median of <paramref name="starts"/> sequential starts.</returns>
    public static TimeSpan Measure(string python, int starts)
    {
        var times = new List<double>(starts);
        for (var i = 0; i < starts; i++)
        {
            times.Add(Once(python).TotalMilliseconds);
        }

        return TimeSpan.FromMilliseconds(Percentile.Of(times, 0.5));
    }

    /// <returns>The wall time of one start.</returns>
    public static TimeSpan Once(string python)
    {
        var start = new ProcessStartInfo(python) { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import numpy");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + python);
        process.WaitForExit();
        var elapsed = clock.Elapsed;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{python} -c \"import numpy\" failed (exit code {process.ExitCode}): is numpy installed?");
        }

        return elapsed;
    }
}
