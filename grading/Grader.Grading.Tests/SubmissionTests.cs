using Grader.Checking;
using Grader.Class.GradeSnapshots;
using Grader.Reports;
using NUnit.Framework.Internal;

namespace Grader.Grading.Tests;

/// <summary>
/// One submission: a test per problem (passes on full marks; its message is the student's feedback for
/// that problem) and a test of its grades against the accepted ones. The submission is opened once, when
/// its first test runs, and each problem is graded once, when a test asks for it: a run filtered to one
/// problem (<c>--filter Category=toy-network</c>) grades that problem alone. Fixtures run in parallel, one
/// submission per NUnit worker; a hostile submission can fail only its own tests.
/// </summary>
[TestFixtureSource(typeof(ClassUnderTest), nameof(ClassUnderTest.Fixtures))]
[Parallelizable(ParallelScope.Self)]
internal sealed class SubmissionTests
{
    private readonly SuiteSubmission _submission;
    private GradingSession? _session;

    public SubmissionTests(SuiteSubmission submission) => _submission = submission;

    private static CancellationToken Stop => TestContext.CurrentContext.CancellationToken;

    // Problems first: then each test's duration is its problem's grading, and the grades test grades only what no test asked for.
    [EachProblem]
    [Order(1)]
    public async Task Problem(string problem)
    {
        var score = await Session().GradeAsync(problem, Stop);
        var report = Session().Report([problem]);
        ReportFiles.Attach(_submission, problem, report);
        TestContext.Out.WriteLine(SuiteMessages.Header(score, SuiteSettings.Visibility));

        // NUnit's own result XML writes a test's properties when it ends; the runners' loggers read them at discovery.
        TestExecutionContext.CurrentContext.CurrentTest.Properties.Set("Score", score.Score);
        if (score.Status == ProblemStatus.Missing && report.FileErrors.Count == 0)
        {
            Assert.Ignore(SuiteMessages.NotAttempted(problem));
        }

        if (score.Status == ProblemStatus.Unavailable)
        {
            // A training problem this machine cannot grade (dataset or module missing): not the student's failure.
            Assert.Ignore(InertText.Escape(score.Message ?? score.Feedback, keepLineBreaks: true));
        }

        if (score.Status != ProblemStatus.Passed)
        {
            // Missing with files that could not be read is a failure: the broken file may be where it was answered.
            Assert.Fail(InertText.Escape(ReportFormats.Get("md").Render(report), keepLineBreaks: true));
        }
    }

    [GradesTest]
    [Order(2)]
    public async Task Grades()
    {
        foreach (var problem in SuiteRun.Grading.Plan.Problems)
        {
            await Session().GradeAsync(problem.Id, Stop);
        }

        var report = Session().Report();
        var result = GradeSnapshotFile.Compare(_submission.Path, GradeSnapshot.From(report), GradeSnapshotFile.AcceptRequested);
        TestContext.Out.WriteLine($"score: {ReportText.Points(report.Score)} / {ReportText.Points(report.MaxScore)}");
        if (result.Received is { } received)
        {
            ReportFiles.AttachCopy(_submission, received, "grades.received.json", "the grades as graded now");
        }

        if (result.Fails)
        {
            Assert.Fail(InertText.Escape(GradeSnapshotMessages.Failure(_submission.Name, result, SuiteMessages.ApproveCommand), keepLineBreaks: true));
        }

        if (result.Accepted)
        {
            TestContext.Out.WriteLine(InertText.Escape(GradeSnapshotMessages.Accepted(_submission.Name, result), keepLineBreaks: true));
        }
    }

    [OneTimeTearDown]
    public void Close()
    {
        if (_session is not null)
        {
            TestContext.Progress.WriteLine(SuiteMessages.Graded(_submission, _session.Report()));
            _session.Dispose();
        }
    }

    private GradingSession Session() => _session ??= SuiteRun.Grading.Open(_submission.Path);
}
