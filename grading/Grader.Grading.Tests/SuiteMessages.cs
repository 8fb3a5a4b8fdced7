using System.Globalization;
using Grader.Checking;
using Grader.Reports;

namespace Grader.Grading.Tests;

/// <summary>
/// What the suite's tests say, beyond the reports Grader writes. Submission names in them come from
/// students: whoever puts them in a test's message or output escapes them (<see cref="InertText"/>).
/// </summary>
internal static class SuiteMessages
{
    public static string NoSubmissions(string folder, string reason) =>
        $"no submissions to grade in {folder} ({reason}); drop a submission folder or a class into submissions/, "
        + $"or name them with the runsettings parameter submissions or {SuiteSettings.SubmissionsVariable}";

    public static string CourseLoaded(int problems, int submissions, string folder, bool course) =>
        string.Create(CultureInfo.InvariantCulture, $"{problems} problem(s), {submissions} submission(s) in {folder}")
        + (course ? "; each student graded on their own variant (course.yaml)" : string.Empty);

    public static string CannotGrade(IReadOnlyList<string> errors) =>
        "the class cannot be graded:\n" + string.Join("\n", errors);

    /// <summary>
    /// The first lines of a problem test's output: what a report reader needs, as <c>key: value</c> lines.
    /// The score is known only once graded, and the runners' loggers take a test's properties from
    /// discovery, so it is written here (TRX and JUnit keep a test's output; TRX keeps no category or property).
    /// </summary>
    public static string Header(ProblemScore score, string visibility) =>
        string.Create(CultureInfo.InvariantCulture, $"score: {ReportText.Points(score.Score)} / {ReportText.Points(score.MaxScore)}\n")
        + $"status: {ReportText.Status(score.Status)}\n"
        + $"diagnoses: {string.Join(", ", score.DiagnosisIds)}\n"
        + $"category: {score.ProblemId}\n"
        + string.Create(CultureInfo.InvariantCulture, $"weight: {ReportText.Points(score.MaxScore)}\n")
        + $"visibility: {visibility}\n"
        + $"feedback: {InertText.Escape(score.Feedback)}";

    public static string NotAttempted(string problem) =>
        $"not attempted: no function, answer or derivation for {problem} was found (it scores 0)";

    /// <summary>What a submission's fixture graded, for the run's log.</summary>
    public static string Graded(SuiteSubmission submission, ScoreReport report) =>
        string.Create(CultureInfo.InvariantCulture, $"graded {submission.Shown}: ")
        + (report.Problems.Count == 0 ? "nothing" : string.Join(", ", report.Problems.Select(p => p.ProblemId)))
        + string.Create(CultureInfo.InvariantCulture, $" ({ReportText.Seconds(report.Duration)} s)");

    public static string ApproveCommand => $"./grader approve-grades {SuiteSettings.SubmissionsShown}";
}
