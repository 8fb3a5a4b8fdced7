using System.Text.Json.Nodes;

namespace Grader.Running;

/// <summary>
/// One sandbox per submission holding the Python zygote (<c>worker.py</c>), which imports numpy
/// once and forks a fresh child per problem. If the zygote itself dies (a child killed its parent),
/// the session is replaced before the next problem.
/// </summary>
internal sealed class PythonSession : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(5);
    /// <summary>Submissions larger than this get a sandbox of their own with the folder bound, not a server.</summary>
    private const long MaxSentBytes = 8L << 20;
    private const int MaxSentFiles = 500;

    internal static readonly Lazy<string> WorkerSource = new(() => File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Running", "Python", "worker.py")));

    private readonly WorkerProcess _worker;
    private readonly SandboxMount _submission;
    private readonly string? _copy;
    private readonly Sandbox _sandbox;
    private readonly PythonServers? _server;

    private PythonSession(WorkerProcess worker, SandboxMount submission, string? copy, Sandbox sandbox, PythonServers? server = null)
    {
        _worker = worker;
        _submission = submission;
        _copy = copy;
        _sandbox = sandbox;
        _server = server;
    }

    public bool Alive { get; private set; } = true;

    /// <summary>A session on a reused server when there is one and the submission's files are small enough to send.</summary>
    public static async Task<PythonSession> StartAsync(Sandbox sandbox, PythonServers? servers, Submission submission, CancellationToken ct)
    {
        if (servers is null || !TryReadFiles(submission.Root, out var files))
        {
            return await StartAsync(sandbox, submission, ct).ConfigureAwait(false);
        }

        var worker = await servers.CheckOutAsync(ct).ConfigureAwait(false);
        await worker.SendAsync(new JsonObject { ["op"] = "next" }, ct).ConfigureAwait(false);
        var opened = await worker.ExchangeAsync(new JsonObject { ["op"] = "open", ["files"] = files }, StartTimeout, ct).ConfigureAwait(false);
        if (opened.Message?.RootElement.GetProperty("op").GetString() != "opened")
        {
            worker.Dispose();
            throw new RunnerException("the Python worker could not receive the submission: " + opened.Diagnostics.Trim());
        }

        return new PythonSession(worker, new SandboxMount(submission.Root, PythonServers.Folder), null, sandbox, servers);
    }

    /// <summary>Every regular file of the submission (no links), base64, by relative path; false if there are too many or too large.</summary>
    private static bool TryReadFiles(string root, out JsonObject files)
    {
        files = [];
        long total = 0;
        foreach (var path in Directory.EnumerateFiles(root, "*", SubmissionFolder.NoLinks))
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                // A name that is not valid UTF-8 cannot be opened again; Submission reported it already.
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

    public static async Task<PythonSession> StartAsync(Sandbox sandbox, Submission submission, CancellationToken ct)
    {
        var python = PythonLocator.Find(sandbox.Options.PythonPath);
        var (folder, copy) = ReadableCopy.Ensure(submission.Root, sandbox.DropsToNobody);
        var mount = new SandboxMount(folder, "/submission");
        var mounts = new List<SandboxMount> { mount };
        var prefix = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(python)))!;
        if (!python.StartsWith("/usr/", StringComparison.Ordinal))
        {
            mounts.Add(new SandboxMount(prefix, prefix));
        }

        string[] command = [python, "-I", "-B", "-c", WorkerSource.Value, sandbox.Enabled ? "--sandboxed" : "--unsandboxed"];
        var start = sandbox.Command(mounts, "/submission", 64L << 20, WorkerEnvironment.Python(), command);
        var worker = WorkerProcess.Start(start, 1L << 20);
        var ready = await worker.ExchangeAsync((JsonNode?)null, StartTimeout, ct).ConfigureAwait(false);
        if (ready.Message is null)
        {
            worker.Dispose();
            throw new RunnerException("the Python worker did not start: " + ready.Diagnostics.Trim());
        }

        return new PythonSession(worker, mount, copy, sandbox);
    }

    public async Task<ProblemRun> RunAsync(
        Submission submission, ProblemContract problem, Attempt attempt, IReadOnlyList<CaseArguments> cases, RunLimits limits, CancellationToken ct)
    {
        var file = submission.PythonFiles[attempt.File];
        var load = new JsonObject
        {
            ["op"] = "load",
            ["problem"] = problem.Id,
            ["function"] = problem.PythonName,
            ["file"] = Path.Combine(_sandbox.PathFor(_submission), attempt.File),
            ["source"] = file.Source,
            ["outputs"] = LimitsMessage.Outputs(problem),
            ["limits"] = LimitsMessage.Encode(limits),
        };
        // A cancelled run leaves the protocol mid-exchange: the session cannot be reused.
        Alive = false;
        var (loadError, runs, alive) = await ProblemDriver.RunAsync(_worker, load, problem, cases, limits, Slack, ct, batched: true).ConfigureAwait(false);
        Alive = alive && !_worker.HasExited;
        return new ProblemRun(problem.Id, attempt, loadError, runs);
    }

    public void Dispose()
    {
        if (_server is not null && Alive && !_worker.HasExited)
        {
            _server.Return(_worker);
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
