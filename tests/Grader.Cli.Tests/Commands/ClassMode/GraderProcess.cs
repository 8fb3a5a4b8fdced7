using System.Diagnostics;
using Grader.Reference.Syntax;

namespace Grader.Cli.Tests.Commands.ClassMode;

/// <summary>The built command line as a separate process, for what only a process can show (being killed).</summary>
internal static class GraderProcess
{
    /// <summary>Grader.Cli.dll beside the tests: the project reference copies it, with its runtimeconfig, into the test output.</summary>
    public static string Assembly
    {
        get
        {
            var dll = typeof(GraderApp).Assembly.Location;
            var config = Path.ChangeExtension(dll, ".runtimeconfig.json");
            return File.Exists(config) ? dll : throw new FileNotFoundException($"no {config}: cannot start the grader as a process");
        }
    }

    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Reads progress lines until <paramref name="done"/> submissions are reported, then kills the process (SIGKILL).</summary>
    /// <returns>How many submissions the grader had reported done when it was killed.</returns>
    public static async Task<int> KillAfterAsync(Process process, int done, TimeSpan timeout)
    {
        // Kill() sends SIGKILL on Unix: no finally blocks, no flushing, exactly like kill -9.
        var (reported, _) = await StopAfterAsync(process, done, timeout, () => process.Kill(entireProcessTree: false)).ConfigureAwait(false);
        return reported;
    }

    /// <summary>As <see cref="KillAfterAsync"/>, but with SIGINT (Ctrl-C).</summary>
    /// <returns>How many submissions were reported done, and what the grader wrote to stderr.</returns>
    public static Task<(int Reported, string Error)> InterruptAfterAsync(Process process, int done, TimeSpan timeout) =>
        StopAfterAsync(process, done, timeout, () =>
        {
            using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        });

    private static async Task<(int Reported, string Error)> StopAfterAsync(Process process, int done, TimeSpan timeout, Action stop)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var reported = 0;
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        while (reported < done && await process.StandardOutput.ReadLineAsync(cancel.Token).ConfigureAwait(false) is { } line)
        {
            reported += line.StartsWith('[') ? 1 : 0;
        }

        stop();
        _ = process.StandardOutput.ReadToEndAsync(cancel.Token);
        await process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        return (reported, await error.ConfigureAwait(false));
    }
}
