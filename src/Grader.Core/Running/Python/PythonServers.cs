using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Grader.Running;

/// <summary>
/// Sandboxed Python servers (<c>worker.py --server</c>) started once and reused for one submission
/// after another, so a submission does not pay for bubblewrap and the numpy import. A server serves
/// one submission at a time: it forks a zygote that receives the submission's files into the
/// sandbox's empty <c>/submission</c>; when the submission is closed the server kills everything it
/// left, empties <c>/submission</c>, <c>/tmp</c> and <c>/dev/shm</c>, and says whether the sandbox
/// is clean. Only a clean server is used again; anything else is killed.
/// </summary>
internal sealed class PythonServers(Sandbox sandbox, int capacity) : IDisposable
{
    public const string Folder = "/submission";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private readonly SemaphoreSlim _someReturned = new(0);
    private int _returning;
    private volatile bool _disposed;

    /// <summary>The latest <see cref="Return"/>: done once that server is idle again (or ended).</summary>
    internal Task Returned { get; private set; } = Task.CompletedTask;

    /// <summary>An idle server, one on its way back, or a new one.</summary>
    public async Task<WorkerProcess> CheckOutAsync(CancellationToken ct)
    {
        while (true)
        {
            while (_idle.TryTake(out var idle))
            {
                if (!idle.HasExited)
                {
                    return idle;
                }

                idle.Dispose();
            }

            // Closing a submission takes milliseconds, starting a server a tenth of a second of CPU:
            // wait for one being returned rather than start another.
            if (Volatile.Read(ref _returning) == 0 || !await _someReturned.WaitAsync(CloseTimeout, ct).ConfigureAwait(false))
            {
                break;
            }
        }

        var python = PythonLocator.Find(sandbox.Options.PythonPath);
        var mounts = new List<SandboxMount>();
        if (!python.StartsWith("/usr/", StringComparison.Ordinal))
        {
            var prefix = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(python)))!;
            mounts.Add(new SandboxMount(prefix, prefix));
        }

        string[] command = [python, "-I", "-B", "-c", PythonSession.WorkerSource.Value, "--sandboxed", "--server"];
        var start = sandbox.Command(mounts, Folder, 64L << 20, WorkerEnvironment.Python(), command, privateFolder: Folder);
        var worker = WorkerProcess.Start(start, 1L << 20);
        var ready = await worker.ExchangeAsync((JsonNode?)null, StartTimeout, ct).ConfigureAwait(false);
        if (ready.Message is null)
        {
            worker.Dispose();
            throw new RunnerException("the Python worker did not start: " + ready.Diagnostics.Trim());
        }

        return worker;
    }

    /// <summary>Closes the submission the server holds, in the background; the server is reused only if it comes back clean.</summary>
    public void Return(WorkerProcess worker)
    {
        Interlocked.Increment(ref _returning);
        Returned = Task.Run(async () =>
        {
            try
            {
                var closed = await worker.ExchangeAsync(new JsonObject { ["op"] = "close" }, CloseTimeout, CancellationToken.None).ConfigureAwait(false);
                var clean = closed.Message is { } message
                    && message.RootElement.GetProperty("op").GetString() == "closed"
                    && message.RootElement.GetProperty("clean").GetBoolean();
                worker.TakeStderr();
                if (clean && !_disposed && _idle.Count < capacity)
                {
                    _idle.Add(worker);
                }
                else
                {
                    worker.Dispose();
                }

                if (_disposed)
                {
                    Drain();
                }
            }
            finally
            {
                Interlocked.Decrement(ref _returning);
                _someReturned.Release();
            }
        });
    }

    public void Dispose()
    {
        _disposed = true;
        Drain();
    }

    private void Drain()
    {
        while (_idle.TryTake(out var worker))
        {
            worker.Dispose();
        }
    }
}
