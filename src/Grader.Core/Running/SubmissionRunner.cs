using Grader.Formulas;
using Grader.Reference;
using Grader.Running.Answers;
using Grader.Running.CSharp;
using Grader.Running.Exceptions;
using Grader.Running.Python;
using Grader.Running.Sandboxing;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Running;

/// <summary>
/// Runs submissions' code for one problem at a time, inside the sandbox. A submission's Python runs
/// in one sandboxed zygote that is kept for its next problems (and forks a fresh child for each);
/// call <see cref="Release"/> when a submission is done, or dispose the runner.
/// </summary>
public sealed class SubmissionRunner : IDisposable
{
    private readonly Sandbox _sandbox;
    private readonly SessionPool _sessions;
    private readonly PythonServers? _servers;
    private readonly Lazy<CSharpWorkerFiles> _csharpWorker;

    /// <param name="oneSubmission">The runner grades one submission (<c>grade</c> of a single submission, a
    /// Gradescope run): a released submission's server is ended at once, not closed cleanly and made ready
    /// for a next submission that never comes, work that would only compete with writing the report.</param>
    /// <exception cref="RunnerException">the sandbox is enabled and bubblewrap is missing.</exception>
    public SubmissionRunner(SandboxOptions options, bool oneSubmission = false)
    {
        _sandbox = new Sandbox(options);
        _sessions = new SessionPool(Math.Max(2, 2 * Environment.ProcessorCount));
        _servers = _sandbox.Enabled ? new PythonServers(_sandbox, oneSubmission ? 0 : Math.Max(2, 2 * Environment.ProcessorCount)) : null;
        _csharpWorker = new Lazy<CSharpWorkerFiles>(() => CSharpWorkerFiles.Stage(_sandbox.DropsToNobody));
    }

    /// <summary>The isolation student code runs under here, as the reports say it (docs/security.md).</summary>
    public string Isolation => _sandbox.Isolation;

    /// <summary>
    /// True in the confined fallback (no namespaces; every worker runs as nobody): a runner then runs one
    /// submission's code only, for nothing one student leaves running as nobody can reach another's
    /// worker or files (one submission per container, as on Gradescope).
    /// </summary>
    public bool Confined => _sandbox.Confined;

    /// <summary>The one submission a confined runner runs (see <see cref="Confined"/>).</summary>
    private string? _confinedTo;

    /// <summary>Runs every case of one problem; a failing case never throws, it is reported in its <see cref="CaseRun"/>.</summary>
    /// <param name="limits">The effective limits: the caller merges the defaults, the spec's per-problem
    /// limits and the command line.</param>
    /// <exception cref="RunnerException">the Python or .NET worker cannot start at all (not the student's fault).</exception>
    public Task<ProblemRun> RunProblemAsync(
        Submission submission, ProblemContract problem, IReadOnlyList<SolvedCase> cases, RunLimits limits, CancellationToken ct = default) =>
        RunProblemAsync(submission, problem, cases, limits, null, ct);

    /// <param name="formulas">The problem's formula language, for formula answers in answers.yaml (built on first use).</param>
    internal async Task<ProblemRun> RunProblemAsync(
        Submission submission, ProblemContract problem, IReadOnlyList<SolvedCase> cases, RunLimits limits, Func<FormulaContext>? formulas, CancellationToken ct = default)
    {
        if (cases.FirstOrDefault(c => c.Arguments.Count != problem.InputNames.Count) is { } wrong)
        {
            throw new ArgumentException(RunMessages.WrongArgumentCount(problem, wrong.Arguments.Count), nameof(cases));
        }

        if (!submission.Attempts.TryGetValue(problem.Id, out var attempt))
        {
            var message = RunMessages.NotAttempted(problem);
            return new ProblemRun(problem.Id, null, null, [.. cases.Select(c => CaseRun.Failed(c, CaseOutcome.NotAttempted, message))]);
        }

        if (attempt.Language != AttemptLanguage.Answers && Confined
            && Interlocked.CompareExchange(ref _confinedTo, submission.Root, null) is { } first && first != submission.Root)
        {
            throw RunnerException.ConfinedSecondSubmission();
        }

        switch (attempt.Language)
        {
            case AttemptLanguage.Answers:
                return AnswersRun.Run(submission, problem, attempt, cases, formulas);
            case AttemptLanguage.CSharp:
                return StudentFiles.Summarize(
                    await CSharpRun.RunAsync(_sandbox, _csharpWorker.Value, submission, problem, attempt, cases, limits, ct).ConfigureAwait(false), submission);
            default:
                var session = _sessions.CheckOut(submission) ?? await PythonSession.StartAsync(_sandbox, _servers, submission, limits, ct).ConfigureAwait(false);
                try
                {
                    return StudentFiles.Summarize(await session.RunAsync(submission, problem, attempt, cases, limits, ct).ConfigureAwait(false), submission);
                }
                finally
                {
                    _sessions.CheckIn(submission, session);
                }
        }
    }

    /// <summary>Starts a sandboxed Python server in the background for the runner that is made next with the same options (see <see cref="PythonServers.Prestart"/>).</summary>
    public static void Prestart(SandboxOptions options) => PythonServers.Prestart(options);

    /// <summary>Done when the server of the latest released submission is clean and idle again (for tests).</summary>
    internal Task ServerReturned => _servers?.Returned ?? Task.CompletedTask;

    /// <summary>Called first thing in <see cref="Release"/>, while the submission's sandbox still runs (for <c>grader bench</c>'s page faults).</summary>
    internal Action<Submission>? Releasing { get; set; }

    /// <summary>Ends the sandbox kept for <paramref name="submission"/>, if any.</summary>
    public void Release(Submission submission)
    {
        Releasing?.Invoke(submission);
        _sessions.Release(submission);
    }

    /// <summary>The host PID of the worker process (in the sandbox: setpriv or bwrap, above the server) holding the submission's idle Python session, if any.</summary>
    internal int? WorkerProcessId(Submission submission) => _sessions.ProcessIdOf(submission);

    public void Dispose()
    {
        _sessions.Dispose();
        _servers?.Dispose();
        if (_csharpWorker.IsValueCreated)
        {
            _csharpWorker.Value.Dispose();
        }
    }
}
