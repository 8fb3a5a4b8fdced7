using System.Diagnostics;

namespace Grader.Cli.Bench;

/// <summary>
/// Cold single-submission latency: fresh grader processes each grading one submission, as a student
/// or teacher runs <c>./grader grade SUBMISSION</c>, in rounds that start with the floor
/// (<see cref="PythonFloor"/>), so that every build and the floor see the same state of the machine.
/// With two builds (an A/B), the order of the two alternates from round to round.
/// </summary>
internal static class SingleBenchmark
{
    /// <summary>Rounds run before the measured ones (JIT-compiled build caches, page cache), not counted.</summary>
    public const int WarmUp = 1;

    /// <param name="graders">The builds, the running one first.</param>
    /// <param name="gradeArguments">After <c>grade</c>: the submission and any options (the output is discarded).</param>
    public static async Task<SingleReport> RunAsync(
        IReadOnlyList<(string Label, GraderCommand Command)> graders,
        IReadOnlyList<string> gradeArguments,
        string submission,
        string workingDirectory,
        string python,
        int runs,
        CancellationToken ct)
    {
        var load = LoadAverage.Read();
        var floors = new List<double>(runs);
        var times = graders.Select(_ => new List<double>(runs)).ToArray();
        for (var round = -WarmUp; round < runs; round++)
        {
            var floor = PythonFloor.Once(python);
            if (round >= 0)
            {
                floors.Add(floor.TotalMilliseconds);
            }

            for (var k = 0; k < graders.Count; k++)
            {
                var which = (k + Math.Max(round, 0)) % graders.Count;
                var time = await GradeOnceAsync(graders[which].Command, gradeArguments, workingDirectory, ct).ConfigureAwait(false);
                if (round >= 0)
                {
                    times[which].Add(time.TotalMilliseconds);
                }
            }
        }

        return new SingleReport(
            Environment.ProcessorCount, load, LoadAverage.Read(), submission, runs, floors,
            [.. graders.Select((g, i) => new SingleTimes(g.Label, g.Command.Display, times[i]))]);
    }

    /// <returns>The wall time from starting the process to its exit.</returns>
    private static async Task<TimeSpan> GradeOnceAsync(GraderCommand grader, IReadOnlyList<string> gradeArguments, string workingDirectory, CancellationToken ct)
    {
        // The environment is inherited: GRADER_HOME, as ./grader set it, finds the problems as it does for the user.
        var start = new ProcessStartInfo(grader.FileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (IEnumerable<string>)[.. grader.Arguments, "grade", .. gradeArguments])
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw CliMessages.BenchGradeFailed(grader.Display, null, "it did not start");
        var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
            await output.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var elapsed = clock.Elapsed;
        return process.ExitCode == 0 ? elapsed : throw CliMessages.BenchGradeFailed(grader.Display, process.ExitCode, await error.ConfigureAwait(false));
    }
}
