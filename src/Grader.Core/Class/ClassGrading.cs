using Grader.Courses;
using Grader.Grading;
using Grader.Reference;
using Grader.Reports;
using Grader.Running;

namespace Grader.Class;

/// <summary>
/// A class graded the one way the grading suite and <c>./grader approve-grades</c> both grade it, so that
/// the grades one accepts are the grades the other checks: every problem of the catalogue with its
/// spec's own limits, each student on their own variant when there is a course file, in the sandbox.
/// Built once and shared by every submission (the problems are solved once); disposing it ends the
/// sandboxes.
/// </summary>
public sealed class ClassGrading : IDisposable
{
    private readonly SubmissionRunner _runner;
    private readonly SubmissionGrader _grader;

    private ClassGrading(GradingPlan plan, SubmissionRunner runner)
    {
        Plan = plan;
        _runner = runner;
        _grader = new SubmissionGrader(plan, runner, new GradingOptions(Sandbox));
    }

    private static SandboxOptions Sandbox { get; } = new();

    public GradingPlan Plan { get; }

    /// <param name="course">The course file found beside the problems folder, if any.</param>
    /// <exception cref="RunnerException">bubblewrap is missing.</exception>
    public static ClassGrading Create(ProblemCatalog catalog, Course? course)
    {
        var plan = GradingPlan.Create(catalog.Problems, RunLimits.Default, catalogue: catalog.Problems, course: course);
        return new ClassGrading(plan, new SubmissionRunner(Sandbox));
    }

    /// <summary>Opens a submission, whose problems are graded as they are asked for.</summary>
    public GradingSession Open(string path) => _grader.Open(path);

    /// <summary>Grades every problem of a submission.</summary>
    public Task<ScoreReport> GradeAsync(string path, CancellationToken ct = default) => _grader.GradeAsync(path, ct);

    public void Dispose() => _runner.Dispose();
}
