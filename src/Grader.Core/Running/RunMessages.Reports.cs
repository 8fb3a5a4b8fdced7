using System.Globalization;
using Grader.Worker.Protocol;

namespace Grader.Running;

/// <summary>The sentences for what a worker reported: it sends a kind and numbers, never a sentence.</summary>
internal static partial class RunMessages
{
    /// <param name="where">The case (<see cref="Where"/>), or "import" for a load.</param>
    public static string Reported(WorkerReport report, RunLimits limits, string where)
    {
        // The zygote's own verdicts name the phase they stopped: the child's start, the import, a call.
        var phase = report.During switch { "start" => "the start", "import" => "the import", _ => where };
        var whileLoading = report.During == "load" ? " while loading" : string.Empty;
        return (report.Outcome, report.Reason) switch
        {
            ("exception", "sysExit") => $"called sys.exit({report.Code}){(report.During == "import" ? " while being imported" : string.Empty)} in {where}",
            ("exception", _) => $"raised {report.Error}{(report.Text is { } text ? ": " + text : string.Empty)}{whileLoading} in {where}",
            ("memoryLimit", "compile") => string.Create(
                CultureInfo.InvariantCulture,
                $"compiling the file ({report.Bytes / 1048576.0:0.0} MiB) needs more than the {RunLimits.FormatBytes(limits.MemoryBytes)} memory limit: keep large data in a .npy or .csv file beside the code and load it"),
            ("memoryLimit", _) => $"exceeded the {RunLimits.FormatBytes(limits.MemoryBytes)} memory limit{whileLoading}",
            ("processLimit", _) => string.Create(CultureInfo.InvariantCulture, $"hit the limit of {limits.Processes} processes{whileLoading}"),
            ("timeout", "cpu") => CpuTimeExceeded(limits, phase),
            ("timeout", _) => TimedOut(limits, phase),
            ("outputLimit", _) => OutputFlood(limits, phase),
            ("crashed", "signal") => $"was killed by signal {report.Signal} in {phase}",
            ("crashed", "exited") => string.Create(CultureInfo.InvariantCulture, $"exited with code {report.Status} (sys.exit/os._exit) in {phase}"),
            ("crashed", "fileSize") => $"wrote a file larger than the {RunLimits.FormatBytes(limits.FileSizeBytes)} file-size limit in {phase}",
            ("crashed", "frameTooLarge") => string.Create(CultureInfo.InvariantCulture, $"sent a response larger than {Frame.MaxBytes} bytes"),
            ("crashed", "corrupt") => string.Create(CultureInfo.InvariantCulture, $"the worker's response was corrupted (did the code write to fd {report.Fd}?)"),
            ("crashed", "unknownRequest") => $"unknown request '{report.Text}'",
            _ => Corrupt(where),
        };
    }

    public static string CpuTimeExceeded(RunLimits limits, string where) =>
        $"used more than {RunLimits.FormatDuration(limits.CpuTime)} of CPU time in {where}";
}
