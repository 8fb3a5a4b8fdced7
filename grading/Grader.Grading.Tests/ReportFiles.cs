using Grader.Class;
using Grader.Reports;

namespace Grader.Grading.Tests;

/// <summary>
/// The files attached to a submission's tests, written under the suite's work directory
/// (<c>grading-reports/&lt;submission&gt;/</c>): for a problem, the instructor's <c>json</c> report and the
/// student's <c>md</c> feedback, as <c>./grader grade</c> writes them, for that problem alone.
/// </summary>
internal static class ReportFiles
{
    public const string Folder = "grading-reports";

    public static void Attach(SuiteSubmission submission, string problem, ScoreReport report)
    {
        var folder = FolderOf(submission);
        var name = OutputFolders.SafeName(problem);
        Attach(Path.Combine(folder, $"{name}.report.json"), ReportFormats.Get("json").Render(report), "the instructor's report (json: every case, hidden ones included)");
        Attach(Path.Combine(folder, $"{name}.feedback.md"), ReportFormats.Get("md").Render(report), "the student's feedback (md)");
    }

    /// <summary>
    /// A file beside the submission, attached as a copy in the submission's report folder: its own path
    /// holds the student's folder name, which loggers print as it is (JUnit's shows bidi overrides).
    /// </summary>
    public static void AttachCopy(SuiteSubmission submission, string file, string name, string description) =>
        Attach(Path.Combine(FolderOf(submission), name), File.ReadAllText(file), description);

    private static string FolderOf(SuiteSubmission submission) =>
        Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, Folder, submission.ReportFolder)).FullName;

    private static void Attach(string path, string text, string description)
    {
        File.WriteAllText(path, text);
        TestContext.AddTestAttachment(path, description);
    }
}
