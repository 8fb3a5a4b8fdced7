using System.Diagnostics;
using Grader.Checking;
using Grader.Courses;
using Grader.Reports;
using Grader.Running;
using Grader.Submissions;

namespace Grader.Grading;

/// <summary>
/// One submission opened for grading: read once, then its problems graded one at a time, each at most
/// once, in whatever order they are asked for. <see cref="SubmissionGrader.GradeAsync"/> asks for every
/// problem of the plan; the grading suite only for those its selected tests need. Whatever one problem
/// does (crash, hang, hostile code, a fault of ours) costs only that problem. Disposing the session ends
/// the sandbox kept for the submission and removes its unpacked copy.
/// </summary>
public sealed partial class GradingSession : IDisposable
{
    private readonly GradingPlan _plan;
    private readonly SubmissionRunner _runner;
    private readonly GradingOptions _options;
    private readonly Submission? _submission;
    private readonly string? _unreadable;
    private readonly Stopwatch _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _results = new();
    private readonly Dictionary<string, ProblemScore> _scores = new(StringComparer.Ordinal);
    private readonly List<CopyFinding> _copies = [];
    private readonly Dictionary<string, string> _prints = new(StringComparer.Ordinal);
    private Task<WriteUpGrading>? _writeUps;

    private GradingSession(GradingPlan plan, SubmissionRunner runner, GradingOptions options, string name, Submission? submission, string? unreadable, Stopwatch clock)
    {
        _plan = plan;
        _runner = runner;
        _options = options;
        Name = name;
        _submission = submission;
        _unreadable = unreadable;
        _clock = clock;
        Owner = submission is not null && plan.Course is { } course ? SubmissionOwners.Of(course, submission.Name, options.Student, submission.Student?.Id) : null;
    }

    /// <summary>The submission's name in reports (for one that could not be opened, its entry name: <c>alice.zip</c>).</summary>
    public string Name { get; }

    /// <summary>Whose submission it is, in a course with variants.</summary>
    public SubmissionOwner? Owner { get; }

    /// <summary>
    /// Opens the submission. A hostile or broken archive, unreadable files: the session is opened all
    /// the same and every problem scores nothing, with the reason. A full disk (unpacking a zip) is no
    /// fault of the submission: it goes up, so the submission is not recorded and a rerun grades it.
    /// </summary>
    internal static GradingSession Open(GradingPlan plan, SubmissionRunner runner, GradingOptions options, string path)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var submission = Submission.Open(path, plan.Contracts, new Toolchain(options.Sandbox.PythonPath));
            return new GradingSession(plan, runner, options, submission.Name, submission, null, clock);
        }
        catch (Exception e) when (e is not OperationCanceledException && !NoSpace.Is(e))
        {
            var reason = e is RunnerException or SubmissionException ? e.Message : $"could not read the submission: {e.Message}";
            return Unreadable(plan, runner, options, SubmissionName.Entry(path), reason, clock);
        }
    }

    /// <summary>A submission that scores nothing, with the reason, on every problem it is asked for.</summary>
    internal static GradingSession Unreadable(GradingPlan plan, SubmissionRunner runner, GradingOptions options, string name, string reason, Stopwatch clock) =>
        new(plan, runner, options, name, null, reason, clock);

    /// <summary>Grades one problem of the plan, the first time it is asked for; later calls return that score.</summary>
    /// <exception cref="ArgumentException">the plan has no such problem.</exception>
    public async Task<ProblemScore> GradeAsync(string problemId, CancellationToken ct = default)
    {
        var problem = _plan.Problems.FirstOrDefault(p => p.Id == problemId)
            ?? throw new ArgumentException($"the grading plan has no problem '{problemId}'", nameof(problemId));
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            lock (_results)
            {
                if (_scores.TryGetValue(problemId, out var done))
                {
                    return done;
                }
            }

            var score = await GradeProblemAsync(problem, ct).ConfigureAwait(false);
            lock (_results)
            {
                _scores[problemId] = score;
            }

            return score;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The report of the problems graded so far (or of <paramref name="only"/> those), in the plan's order.</summary>
    public ScoreReport Report(IReadOnlyCollection<string>? only = null)
    {
        lock (_results)
        {
            var scores = _plan.Problems
                .Where(p => _scores.ContainsKey(p.Id) && (only is null || only.Contains(p.Id)))
                .Select(p => _scores[p.Id])
                .ToList();
            IReadOnlyList<FileIssue> issues = _submission?.FileIssues ?? [new FileIssue(Name, 0, 0, _unreadable!)];
            return new ScoreReport(Name, scores, issues, _clock.Elapsed)
            {
                GradedAt = DateTimeOffset.UtcNow,
                PublicOnly = _options.PublicOnly,
                Owner = Owner,
                Copies = [.. _copies.Where(c => only is null || only.Contains(c.ProblemId))],
                WrongAnswerPrints = _prints.Where(p => only is null || only.Contains(p.Key)).ToDictionary(),
            };
        }
    }

    public void Dispose()
    {
        if (_submission is not null)
        {
            try
            {
                _runner.Release(_submission);
            }
            finally
            {
                _submission.Dispose();
            }
        }

        _gate.Dispose();
    }
}
