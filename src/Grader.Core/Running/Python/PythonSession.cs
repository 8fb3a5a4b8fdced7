using System.Text.Json.Nodes;
using Grader.Reference;
using Grader.Running.Protocol;
using Grader.Running.Sandboxing;
using Grader.Submissions;
using Grader.Worker.Protocol;
using Grader.Values;

namespace Grader.Running.Python;

/// <summary>
/// A submission's Python: in the sandbox, a server (<see cref="PythonServers"/>) that has made the
/// submission's namespaces and forked its zygote; without it, a zygote of its own. The zygote
/// forks the child that runs the problems (a fresh one after any trouble). If the server or zygote
/// stops, the session is replaced before the next problem.
/// </summary>
internal sealed class PythonSession : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(5);

    /// <summary>Submissions larger than this get a server of their own with the folder bound instead of sent.</summary>
    internal const long MaxSentBytes = 8L << 20;
    internal const int MaxSentFiles = 500;

    private readonly WorkerProcess _worker;
    private readonly string _folder;
    private readonly string? _copy;
    private readonly PythonServers? _servers;
    private readonly string? _token;
    private RunLimits? _limits;

    private PythonSession(WorkerProcess worker, string folder, string? copy = null, PythonServers? servers = null, string? token = null)
    {
        _worker = worker;
        _folder = folder;
        _copy = copy;
        _servers = servers;
        _token = token;
    }

    public bool Alive { get; private set; } = true;

    public int ProcessId => _worker.Id;

    /// <summary>
    /// In the sandbox, a reused server when the submission's files are small enough to send, else a
    /// server of its own with the folder bound; without it (<paramref name="servers"/> null), a zygote.
    /// </summary>
    /// <param name="limits">The limits of the first problem the session runs.</param>
    public static async Task<PythonSession> StartAsync(Sandbox sandbox, PythonServers? servers, Submission submission, RunLimits limits, CancellationToken ct)
    {
        if (servers is null)
        {
            return await StartUnsandboxedAsync(sandbox, submission, ct).ConfigureAwait(false);
        }

        var preload = submission.PythonImports.Where(PythonServers.Preloadable.Contains).ToHashSet(StringComparer.Ordinal);
        if (TryReadFiles(submission.Root, out var files))
        {
            var server = await servers.CheckOutAsync(preload, ct).ConfigureAwait(false);
            string token;
            try
            {
                token = await PythonServers.OpenAsync(server, files, bound: false, limits, preload, ct).ConfigureAwait(false);
            }
            catch (RunnerException)
            {
                // An idle server that ended before it got the submission (nothing of the submission ran
                // yet): a new one, once.
                server = await servers.StartAsync(null, ct).ConfigureAwait(false);
                token = await PythonServers.OpenAsync(server, files, bound: false, limits, preload, ct).ConfigureAwait(false);
            }

            return new PythonSession(server, PythonServers.Folder, servers: servers, token: token) { _limits = limits };
        }

        var (folder, copy) = ReadableCopy.Ensure(submission.Root, sandbox.DropsToNobody);
        try
        {
            var own = await servers.StartAsync(folder, ct).ConfigureAwait(false);
            await PythonServers.OpenAsync(own, new Dictionary<string, string>(), bound: true, limits, preload, ct).ConfigureAwait(false);
            return new PythonSession(own, PythonServers.Folder, copy);
        }
        catch
        {
            if (copy is not null)
            {
                Directory.Delete(copy, recursive: true);
            }

            throw;
        }
    }

    /// <summary>Every regular file of the submission (no links), base64, by relative path; false if there are too many or too large.</summary>
    private static bool TryReadFiles(string root, out Dictionary<string, string> files)
    {
        files = new Dictionary<string, string>(StringComparer.Ordinal);
        long total = 0;
        foreach (var path in Directory.EnumerateFiles(root, "*", SubmissionFolder.NoLinks))
        {
            var info = new FileInfo(path);
            if (!info.Exists || UnixFileType.Of(path) != FileKind.Regular)
            {
                // A name that is not valid UTF-8 cannot be opened again, and a FIFO or device would block
                // or read forever; Submission reported both already.
                continue;
            }

            total += info.Length;
            if (total > MaxSentBytes || files.Count >= MaxSentFiles)
            {
                return false;
            }

            files[Path.GetRelativePath(root, path)] = Convert.ToBase64String(File.ReadAllBytes(path));
        }

        return true;
    }

    private static async Task<PythonSession> StartUnsandboxedAsync(Sandbox sandbox, Submission submission, CancellationToken ct)
    {
        var python = PythonLocator.Find(sandbox.Options.PythonPath);
        // Confined, the worker runs as nobody: a folder nobody cannot read is run from a readable copy.
        var (folder, copy) = ReadableCopy.Ensure(submission.Root, sandbox.DropsToNobody);
        var mount = new SandboxMount(folder, "/submission");
        string[] command = [python, .. PythonWorkerProgram.Arguments("--unsandboxed")];
        var start = sandbox.Command([mount], mount.Inside, 0, WorkerEnvironment.Python(), command);
        var worker = WorkerProcess.Start(start, 1L << 20);
        var ready = await worker.ExchangeAsync((JsonNode?)null, StartTimeout, ct).ConfigureAwait(false);
        if (ready.Message is null)
        {
            worker.Dispose();
            if (copy is not null)
            {
                Directory.Delete(copy, recursive: true);
            }

            throw new RunnerException("the Python worker did not start: " + ready.Diagnostics.Trim());
        }

        return new PythonSession(worker, folder, copy);
    }

    public async Task<ProblemRun> RunAsync(
        Submission submission, ProblemContract problem, Attempt attempt, IReadOnlyList<SolvedCase> cases, RunLimits limits, CancellationToken ct)
    {
        var file = submission.PythonFiles[attempt.File];
        var load = new WorkerRequest(
            "load", problem.Id, problem.PythonName, File: Path.Combine(_folder, attempt.File), Source: file.Source,
            Outputs: LimitsMessage.Outputs(problem), Limits: LimitsMessage.Encode(limits),
            Cells: file.Notebook is { } notebook ? [.. notebook.CodeCells.Select(c => c.Line)] : null);
        // A cancelled run leaves the protocol mid-exchange: the session cannot be reused.
        Alive = false;
        var (loadError, runs, alive, cellErrors) = await ProblemDriver.RunAsync(_worker, load, problem, cases, limits, Slack, ct, batched: true).ConfigureAwait(false);
        Alive = alive && !_worker.HasExited;
        return new ProblemRun(problem.Id, attempt, loadError, runs) { CellErrors = cellErrors };
    }

    public void Dispose()
    {
        if (_servers is not null && _token is not null && Alive && !_worker.HasExited)
        {
            _servers.Return(_worker, _token, _limits);
        }
        else
        {
            _worker.Dispose();
        }

        if (_copy is not null && Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }
}
