using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Reference.Syntax;
using Grader.Running.Protocol;
using Grader.Running.Sandboxing;
using Grader.Submissions;
using Grader.Values;
using Grader.Worker.Protocol;

namespace Grader.Running.Python;

/// <summary>
/// Sandboxed Python servers (<c>grader_worker/server.py</c>) started once and reused for one submission
/// after another, so a submission does not pay for bubblewrap and the numpy import. A server serves
/// one submission at a time, in PID, mount and IPC namespaces made for that submission (its zygote
/// is their init), and alone holds the pipes to the grader: no code of a submission can address it.
/// Closing a submission kills its namespaces; the server answers with the submission's token, which
/// only the grader and the server know. A server whose answer is anything else is never used again.
/// </summary>
internal sealed class PythonServers(Sandbox sandbox, int capacity) : IDisposable
{
    public const string Folder = "/submission";

    /// <summary>Scratch per submission: <c>/tmp</c> and <c>/dev/shm</c>, each a tmpfs of this size.</summary>
    public const long ScratchBytes = 64L << 20;

    /// <summary>
    /// The submission's own tmpfs at <c>/submission</c>: its sent files, each rounded up to whole pages
    /// (a tmpfs holds a 16,800-byte file in five), and a margin.
    /// </summary>
    public const long SubmissionBytes = PythonSession.MaxSentBytes + (PythonSession.MaxSentFiles * 4096L) + (1L << 20);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The one frame a server reads rather than relays (byte for byte: see <c>server.py</c>).</summary>
    private static readonly byte[] Close = "{\"op\":\"close\"}"u8.ToArray();

    private static readonly Lazy<string> Seccomp = new(() => Convert.ToBase64String(SeccompFilter.Build()));

    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private readonly SemaphoreSlim _someReturned = new(0);
    private int _returning;
    private volatile bool _disposed;

    /// <summary>The latest <see cref="Return"/>: done once that server is idle again (or ended).</summary>
    internal Task Returned { get; private set; } = Task.CompletedTask;

    /// <summary>Servers waiting for a submission (for tests).</summary>
    internal int IdleCount => _idle.Count;

    /// <summary>A server started before the run knew it needed one (<see cref="Prestart"/>), with the options it was started for.</summary>
    private static Prestarted? s_prestarted;

    /// <summary>
    /// Starts a server in the background while the grader loads (its runtime, the problems, the
    /// submission): a single submission then waits for a server that is mostly ready rather than
    /// starting one after everything else. The first <see cref="CheckOutAsync"/> of servers with the
    /// same options takes it; one never taken ends with the grader (bubblewrap's --die-with-parent).
    /// A server that cannot start here is no error: the run starts its own, and reports why not.
    /// </summary>
    public static void Prestart(SandboxOptions options)
    {
        try
        {
            var servers = new PythonServers(new Sandbox(options), 1);
            s_prestarted = new Prestarted(options, Task.Run(async () =>
            {
                var server = await servers.StartAsync(null, CancellationToken.None).ConfigureAwait(false);
                await NextAheadAsync(server, RunLimits.Default).ConfigureAwait(false);
                return server;
            }));
        }
        catch (RunnerException)
        {
        }
    }

    /// <summary>
    /// The libraries a server imports when a submission needs them (<c>grader_worker/preload.py</c>), by the
    /// name a submission imports: once per server, before the submission's zygote is forked.
    /// </summary>
    public static readonly IReadOnlySet<string> Preloadable = new HashSet<string>(["torch", "matplotlib"], StringComparer.Ordinal);

    /// <summary>What each server has imported beyond numpy (<see cref="Preloadable"/>).</summary>
    private static readonly ConditionalWeakTable<WorkerProcess, HashSet<string>> Preloaded = [];

    /// <summary>An idle server, one on its way back, or a new one.</summary>
    /// <param name="preload">The libraries the submission imports (of <see cref="Preloadable"/>): an idle server that has
    /// them is taken first; for a submission that needs none, one that has none (its forks are cheaper).</param>
    public async Task<WorkerProcess> CheckOutAsync(IReadOnlySet<string> preload, CancellationToken ct)
    {
        if (TakePrestarted() is { } prestarted)
        {
            try
            {
                var server = await prestarted.WaitAsync(ct).ConfigureAwait(false);
                if (!server.HasExited)
                {
                    return server;
                }

                server.Dispose();
            }
            catch (RunnerException)
            {
                // Started again below, where the failure is reported.
            }
        }

        while (true)
        {
            if (TakeIdle(preload) is { } idle)
            {
                return idle;
            }

            // Closing a submission takes milliseconds, starting a server a tenth of a second of CPU:
            // wait for one being returned rather than start another.
            if (Volatile.Read(ref _returning) == 0 || !await _someReturned.WaitAsync(CloseTimeout, ct).ConfigureAwait(false))
            {
                break;
            }
        }

        return await StartAsync(null, ct).ConfigureAwait(false);
    }

    /// <summary>The idle server that fits <paramref name="preload"/> best (see <see cref="CheckOutAsync"/>); the others stay idle.</summary>
    private WorkerProcess? TakeIdle(IReadOnlySet<string> preload)
    {
        var taken = new List<WorkerProcess>();
        while (_idle.TryTake(out var idle))
        {
            if (idle.HasExited)
            {
                idle.Dispose();
                continue;
            }

            taken.Add(idle);
        }

        var best = taken.OrderByDescending(server => LoadedBy(server).IsSupersetOf(preload))
            .ThenBy(server => LoadedBy(server).Except(preload).Count())
            .FirstOrDefault();
        taken.Where(server => server != best).ToList().ForEach(_idle.Add);
        return best;
    }

    private static HashSet<string> LoadedBy(WorkerProcess server) => Preloaded.GetOrCreateValue(server);

    private Task<WorkerProcess>? TakePrestarted()
    {
        var taken = Interlocked.Exchange(ref s_prestarted, null);
        if (taken is null || taken.Options == sandbox.Options)
        {
            return taken?.Server;
        }

        _ = taken.Server.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        return null;
    }

    private sealed record Prestarted(SandboxOptions Options, Task<WorkerProcess> Server);

    /// <summary>A new server; with <paramref name="bound"/>, one whose <c>/submission</c> is that folder (used once).</summary>
    public async Task<WorkerProcess> StartAsync(string? bound, CancellationToken ct)
    {
        var python = PythonLocator.Find(sandbox.Options.PythonPath);
        var mounts = new List<SandboxMount>();
        if (!python.StartsWith("/usr/", StringComparison.Ordinal))
        {
            var prefix = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(python)))!;
            mounts.Add(new SandboxMount(prefix, prefix));
        }

        if (bound is not null)
        {
            mounts.Add(new SandboxMount(bound, Folder));
        }

        string[] command = [python, .. PythonWorkerProgram.Arguments("--sandboxed", "--server", "--seccomp=" + Seccomp.Value)];
        var start = sandbox.Command(mounts, Folder, ScratchBytes, WorkerEnvironment.Python(), command, nests: true);
        var worker = WorkerProcess.Start(start, 1L << 20);
        var ready = await worker.ExchangeAsync((JsonNode?)null, StartTimeout, ct).ConfigureAwait(false);
        if (ready.Message is null)
        {
            worker.Dispose();
            throw new RunnerException("the Python worker did not start: " + ready.Diagnostics.Trim());
        }

        return worker;
    }

    /// <summary>Gives the server a submission: its files (none when its folder is bound), under a new token.</summary>
    /// <returns>The token the server must answer with when the submission is closed.</returns>
    /// <param name="limits">The limits of the submission's first problem, for the child the zygote forks first (null: none until then).</param>
    /// <param name="preload">The libraries the submission imports (of <see cref="Preloadable"/>): a server without one of
    /// them closes the zygote it had made ahead and imports them before it forks the submission's.</param>
    public static async Task<string> OpenAsync(
        WorkerProcess server, IReadOnlyDictionary<string, string> files, bool bound, RunLimits? limits, IReadOnlySet<string> preload, CancellationToken ct)
    {
        var loaded = LoadedBy(server);
        var missing = preload.Where(name => !loaded.Contains(name)).Order(StringComparer.Ordinal).ToList();
        if (Ahead.TryGetValue(server, out var early) && Ahead.Remove(server) && (bound || missing.Count > 0) && !await ClosedAsync(server, early).ConfigureAwait(false))
        {
            server.Dispose();
            throw new RunnerException("the Python worker did not close the submission it had made ahead");
        }

        var token = early is not null && !bound && missing.Count == 0 ? early : await NextAsync(server, bound, limits, ct, missing).ConfigureAwait(false);
        loaded.UnionWith(missing);
        var open = OpenFrame(files);
        var opened = await server.ExchangeAsync(open, StartTimeout, ct).ConfigureAwait(false);
        if (opened.Message?.RootElement.GetProperty("op").GetString() != "opened")
        {
            server.Dispose();
            throw new RunnerException("the Python worker could not receive the submission: " + opened.Diagnostics.Trim());
        }

        return token;
    }

    /// <summary><c>{"op": "open", "files": {path: base64, …}}</c>.</summary>
    private static byte[] OpenFrame(IReadOnlyDictionary<string, string> files)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("op", "open");
            writer.WriteStartObject("files");
            foreach (var (path, data) in files)
            {
                writer.WriteString(path, data);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Servers told "next" before their submission is known, with the token they were given: the
    /// server makes the next submission's namespaces and zygote, which then waits for its files, while
    /// the grader is busy elsewhere (loading, checking the previous submission). A zygote holds nothing
    /// of any submission until "open", so making it early changes nothing of what a submission can reach.
    /// </summary>
    private static readonly ConditionalWeakTable<WorkerProcess, string> Ahead = [];

    /// <param name="limits">The limits the zygote's first child is forked with, before the files arrive (a problem with other fixed limits gets a child of its own).</param>
    /// <param name="preload">Libraries the server imports before it forks the zygote (see <c>preload.py</c>).</param>
    private static async Task<string> NextAsync(WorkerProcess server, bool bound, RunLimits? limits, CancellationToken ct, IReadOnlyList<string>? preload = null)
    {
        var token = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var next = new JsonObject
        {
            ["op"] = "next",
            ["token"] = token,
            ["bound"] = bound,
            ["scratchBytes"] = ScratchBytes,
            ["submissionBytes"] = SubmissionBytes,
        };
        if (limits is not null)
        {
            next["limits"] = JsonSerializer.SerializeToNode(LimitsMessage.Encode(limits), ProblemJson.Default.WorkerLimits);
        }

        if (preload is { Count: > 0 })
        {
            next["preload"] = new JsonArray([.. preload.Select(name => (JsonNode)name)]);
        }

        await server.SendAsync(next, ct).ConfigureAwait(false);
        return token;
    }

    /// <summary>A server ready for the next submission (<see cref="Ahead"/>); false if it cannot take one.</summary>
    private static async Task<bool> NextAheadAsync(WorkerProcess server, RunLimits? limits)
    {
        try
        {
            Ahead.AddOrUpdate(server, await NextAsync(server, bound: false, limits, CancellationToken.None).ConfigureAwait(false));
            return true;
        }
        catch (Exception e) when (e is RunnerException or IOException or ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>Closes the submission the server holds, in the background; the server is reused only if it
    /// answers for that submission (its token) and says it is clean.</summary>
    /// <param name="limits">The limits of the submission's first problem: likely the next one's too.</param>
    public void Return(WorkerProcess worker, string token, RunLimits? limits)
    {
        if (capacity == 0)
        {
            // No server is kept (a runner of one submission): ended now, with everything of the submission.
            worker.Dispose();
            return;
        }

        Interlocked.Increment(ref _returning);
        Returned = Task.Run(async () =>
        {
            try
            {
                if (await ClosedAsync(worker, token).ConfigureAwait(false) && !_disposed && _idle.Count < capacity && await NextAheadAsync(worker, limits).ConfigureAwait(false))
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

    /// <summary>
    /// Sends "close" and reads up to the server's answer. Frames the submission's zygote had sent
    /// before (a problem cut short) are passed over; a "closed" that does not carry the submission's
    /// token can only be forged, and ends the server.
    /// </summary>
    private static async Task<bool> ClosedAsync(WorkerProcess worker, string token)
    {
        using var deadline = new CancellationTokenSource(CloseTimeout);
        var request = Close;
        try
        {
            while (true)
            {
                using var reply = (await worker.ExchangeAsync(request, CloseTimeout, deadline.Token).ConfigureAwait(false)).Message;
                request = null;
                if (reply is null)
                {
                    return false;
                }

                var root = reply.RootElement;
                if (root.TryGetProperty("op", out var op) && op.ValueKind == System.Text.Json.JsonValueKind.String && op.GetString() == "closed")
                {
                    worker.TakeStderr();
                    return root.TryGetProperty("token", out var answered) && answered.ValueKind == System.Text.Json.JsonValueKind.String
                        && answered.GetString() == token
                        && root.TryGetProperty("clean", out var clean) && clean.ValueKind == System.Text.Json.JsonValueKind.True;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
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
