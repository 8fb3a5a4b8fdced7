using System.Runtime.InteropServices;

namespace Grader.Cli.Parsing;

/// <summary>
/// Ctrl-C (SIGINT) or SIGTERM cancels <see cref="Token"/>; the command then has <see cref="Grace"/>
/// to say what it kept (class mode) and end itself, else the process ends with 130 or 143, as a
/// shell reports a process ended by that signal.
/// </summary>
internal sealed class ProcessTermination : IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private int _exitCode;

    public ProcessTermination()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public CancellationToken Token => _source.Token;

    /// <summary>The exit code of the signal received (130, 143), or 0 while none was.</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext signal)
    {
        signal.Cancel = true;
        var code = signal.Signal == PosixSignal.SIGINT ? 130 : 143;
        if (Interlocked.CompareExchange(ref _exitCode, code, 0) != 0)
        {
            return;
        }

        _source.Cancel();
        _ = Task.Delay(Grace).ContinueWith(_ => Environment.Exit(code), TaskScheduler.Default);
    }
}
