using Grader.Checking;
using Grader.Reports;
using Grader.Running;
using Grader.Submissions;

namespace Grader.Grading;

/// <summary>
/// Grades submissions against a <see cref="GradingPlan"/>: runs each attempted problem in the
/// sandbox, compares the outputs with the reference, and assembles the score report. Whatever one
/// problem does (crash, hang, hostile code, a fault of ours) costs only that problem.
/// </summary>
public sealed class SubmissionGrader(GradingPlan plan, SubmissionRunner runner, GradingOptions options)
{
    /// <summary>Grades every problem of the plan.</summary>
    public async Task<ScoreReport> GradeAsync(string path, CancellationToken ct = default)
    {
        using var session = Open(path);
        foreach (var problem in plan.Problems)
        {
            ct.ThrowIfCancellationRequested();
            await session.GradeAsync(problem.Id, ct).ConfigureAwait(false);
        }

        return session.Report();
    }

    /// <summary>Opens a submission whose problems are then graded one at a time, as they are asked for (a submission that cannot be read scores nothing, with the reason).</summary>
    public GradingSession Open(string path) => GradingSession.Open(plan, runner, options, path);

    /// <summary>A submission that cannot even be opened (a zip bomb, a missing path), or that the grader failed on, scores nothing, with the reason.</summary>
    public ScoreReport Scoreless(string name, string reason, TimeSpan elapsed)
    {
        var scores = plan.Problems.Select(p => ProblemGrader.Grade(p.Reference, null, options.PublicOnly)).ToList();
        return new ScoreReport(name, scores, [new FileIssue(name, 0, 0, reason)], elapsed) { GradedAt = DateTimeOffset.UtcNow, PublicOnly = options.PublicOnly };
    }
}
