using System.Collections.Concurrent;
using System.Diagnostics;

namespace Grader.Running.Sandboxing;

/// <summary>
/// Whether bubblewrap works here as the sandbox uses it: the exact command line a Python server gets
/// (as root, first dropped to nobody), running <c>unshare</c> of the mount, PID and IPC namespaces a
/// server makes per submission. Asked once per grader process and bubblewrap.
/// </summary>
internal static class IsolationProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<string, string?> Results = new(StringComparer.Ordinal);

    /// <returns>Null when bubblewrap works; otherwise what it said (its first line), for the reports.</returns>
    public static string? BubblewrapFailure(SandboxOptions options, string bubblewrap) =>
        Results.GetOrAdd(bubblewrap, _ => Probe(options));

    private static string? Probe(SandboxOptions options)
    {
        var sandbox = new Sandbox(options with { Isolation = IsolationPolicy.Bubblewrap });
        var start = sandbox.Command(
            [], "/submission", 0, WorkerEnvironment.Python(), ["/usr/bin/unshare", "--mount", "--ipc", "--pid", "--fork", "/usr/bin/true"], nests: true);
        return Run(start);
    }

    /// <summary>Runs a probe's command: null when it exits 0 in time, else the reason.</summary>
    public static string? Run(ProcessStartInfo start)
    {
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return RunMessages.ProbeTimedOut(Timeout);
            }

            return process.ExitCode == 0 ? null : RunMessages.ProbeFailed(process.ExitCode, error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return e.Message;
        }
    }
}
