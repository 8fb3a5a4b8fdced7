using System.Diagnostics;
using System.IO.Pipes;
using System.Runtime.InteropServices;
using Grader.Reference.Syntax;

namespace Grader.Cli.Tests.Commands.ClassMode;

/// <summary>The built command line as a separate process, for what only a process can show (being killed).</summary>
internal static partial class GraderProcess
{
    /// <summary>fcntl's F_SETPIPE_SZ; a page is the smallest size a pipe can have.</summary>
    private const int SetPipeSize = 1031;
    private const int PipeBytes = 4096;

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

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");

        // Its progress can run at most a page ahead of what the test has read (then its writes wait):
        // a test that stops it after N lines stops it before the end of the class, however slowly the
        // test itself runs on a loaded machine. (Set long before the grader's first line.)
        var output = (PipeStream)process.StandardOutput.BaseStream;
        if (Fcntl(output.SafePipeHandle.DangerousGetHandle().ToInt32(), SetPipeSize, PipeBytes) < 0)
        {
            throw new InvalidOperationException($"the grader's output pipe could not be shrunk (errno {Marshal.GetLastPInvokeError()})");
        }

        return process;
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

    /// <summary>
    /// Reads the output a byte at a time (no read-ahead beyond the pipe's page) until <paramref name="done"/>
    /// progress lines, stops the process and drains the rest. With a class of more than <paramref name="done"/>
    /// plus a page of progress lines (about 130), the process is stopped before it has graded the class.
    /// </summary>
    private static async Task<(int Reported, string Error)> StopAfterAsync(Process process, int done, TimeSpan timeout, Action stop)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var reported = 0;
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        var output = process.StandardOutput.BaseStream;
        var one = new byte[1];
        var lineStart = true;
        while (reported < done && await output.ReadAsync(one, cancel.Token).ConfigureAwait(false) == 1)
        {
            reported += lineStart && one[0] == (byte)'[' ? 1 : 0;
            lineStart = one[0] == (byte)'\n';
        }

        stop();
        _ = output.CopyToAsync(Stream.Null, cancel.Token);
        await process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        return (reported, await error.ConfigureAwait(false));
    }

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(int fd, int command, int argument);
}
