using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Reference.Syntax;
using Grader.Worker.Protocol;

namespace Grader.Running.Sandboxing;

/// <summary>
/// A running worker (inside the sandbox or not): frames go to its stdin and come from its stdout;
/// its stderr is collected up to a bound, and flooding it kills the worker.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly long _stderrLimit;
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource _flooded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _stderrPump;
    private readonly BufferedStream _output;
    private long _stderrBytes;

    private WorkerProcess(Process process, long stderrLimit)
    {
        _process = process;
        _stderrLimit = stderrLimit;
        _stderrPump = Task.Run(PumpStderrAsync);
        // Frames often come several at a time (a problem's results): one read takes them all.
        _output = new BufferedStream(process.StandardOutput.BaseStream, 1 << 16);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The host PID of the process started (in the sandbox, setpriv or bwrap).</summary>
    public int Id => _process.Id;

    public static WorkerProcess Start(ProcessStartInfo start, long stderrLimit)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        InheritedDescriptors.MarkCloseOnExec();
        var process = Process.Start(start) ?? throw new RunnerException("could not start " + start.FileName);
        return new WorkerProcess(process, stderrLimit);
    }

    /// <summary>Sends a frame that has no answer.</summary>
    public Task SendAsync(JsonNode message, CancellationToken ct) =>
        Frame.WriteAsync(_process.StandardInput.BaseStream, JsonSerializer.SerializeToUtf8Bytes(message, ProblemJson.Default.JsonNode), ct);

    /// <summary>Sends <paramref name="request"/> (if any) and waits up to <paramref name="timeout"/> for one frame.</summary>
    public Task<WorkerReply> ExchangeAsync(JsonNode? request, TimeSpan timeout, CancellationToken ct) =>
        ExchangeAsync(request is null ? null : JsonSerializer.SerializeToUtf8Bytes(request, ProblemJson.Default.JsonNode), timeout, ct);

    /// <param name="request">The request's JSON, already encoded (or null to only wait).</param>
    public async Task<WorkerReply> ExchangeAsync(byte[]? request, TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            if (request is not null)
            {
                await Frame.WriteAsync(_process.StandardInput.BaseStream, request, ct).ConfigureAwait(false);
            }

            var read = Frame.ReadAsync(_output, ct);
            if (!read.IsCompleted)
            {
                // Not already buffered (a problem's results often come together): wait, within the timeout.
                using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var finished = await Task.WhenAny(read, Task.Delay(timeout, timer.Token), _flooded.Task).ConfigureAwait(false);
                await timer.CancelAsync().ConfigureAwait(false);
                if (finished != read)
                {
                    ct.ThrowIfCancellationRequested();
                    Kill();
                    return await StoppedAsync(finished == _flooded.Task ? WorkerFailure.OutputLimit : WorkerFailure.Timeout).ConfigureAwait(false);
                }
            }

            return await read.ConfigureAwait(false) is { } message ? WorkerReply.Of(message) : await StoppedAsync(WorkerFailure.Exited).ConfigureAwait(false);
        }
        catch (IOException)
        {
            return await StoppedAsync(WorkerFailure.Exited).ConfigureAwait(false);
        }
        catch (InvalidDataException error)
        {
            Kill();
            var stopped = await StoppedAsync(WorkerFailure.Corrupt).ConfigureAwait(false);
            return stopped with { Diagnostics = error.Message + "\n" + stopped.Diagnostics };
        }
    }

    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }

    public void Dispose()
    {
        Kill();
        _output.Dispose();
        _process.Dispose();
    }

    private async Task<WorkerReply> StoppedAsync(WorkerFailure failure)
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            await _stderrPump.WaitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }

        int? code = _process.HasExited ? _process.ExitCode : null;
        lock (_stderr)
        {
            return new WorkerReply(null, failure, code, _stderr.ToString());
        }
    }

    private async Task PumpStderrAsync()
    {
        var buffer = new byte[65536];
        var stream = _process.StandardError.BaseStream;
        int read;
        while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            _stderrBytes += read;
            lock (_stderr)
            {
                if (_stderr.Length < _stderrLimit)
                {
                    _stderr.Append(Encoding.UTF8.GetString(buffer, 0, (int)Math.Min(read, _stderrLimit - _stderr.Length)));
                }
            }

            if (_stderrBytes > _stderrLimit)
            {
                _flooded.TrySetResult();
            }
        }
    }

    /// <summary>What the worker wrote to stderr since the last call, for the case's captured output.</summary>
    public string TakeStderr()
    {
        lock (_stderr)
        {
            var text = _stderr.ToString();
            _stderr.Clear();
            return text;
        }
    }
}
