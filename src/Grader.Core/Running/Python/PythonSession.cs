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
    private static readonly Lazy<string> WorkerSource = new(() => File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Running", "Python", "worker.py")));

    private readonly WorkerProcess _worker;
    private readonly SandboxMount _submission;
    private readonly string? _copy;
    private readonly Sandbox _sandbox;

    private PythonSession(WorkerProcess worker, SandboxMount submission, string? copy, Sandbox sandbox)
    {
        _worker = worker;
        _submission = submission;
        _copy = copy;
        _sandbox = sandbox;
    }

    public bool Alive { get; private set; } = true;

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
        var ready = await worker.ExchangeAsync(null, StartTimeout, ct).ConfigureAwait(false);
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
        var (loadError, runs, alive) = await ProblemDriver.RunAsync(_worker, load, problem, cases, limits, Slack, ct).ConfigureAwait(false);
        Alive = alive && !_worker.HasExited;
        return new ProblemRun(problem.Id, attempt, loadError, runs);
    }

    public void Dispose()
    {
        _worker.Dispose();
        if (_copy is not null && Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }
}
