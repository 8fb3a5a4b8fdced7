using System.Diagnostics;

namespace Grader.Cli.Tests.Commands.Class;

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
        using var cancel = new CancellationTokenSource(timeout);
        var reported = 0;
        _ = process.StandardError.ReadToEndAsync(cancel.Token);
        while (reported < done && await process.StandardOutput.ReadLineAsync(cancel.Token).ConfigureAwait(false) is { } line)
        {
            reported += line.StartsWith('[') ? 1 : 0;
        }

        // Kill() sends SIGKILL on Unix: no finally blocks, no flushing, exactly like kill -9.
        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        return reported;
    }
}
