using Grader.Reports;

namespace Grader.Grading.Tests;

/// <summary>One submission the suite grades: a fixture of its own, one test per problem.</summary>
/// <param name="Path">Its folder, zip or file.</param>
/// <param name="Key">Its path under the submissions folder (<c>examples/toy-scaled</c>): what tells two students of the same name apart.</param>
/// <param name="Name">Its name in reports and test names: the folder's name, or the file's without its extension.</param>
/// <param name="ReportFolder">Its folder for the reports attached to its tests: a name a folder can hold, distinct from every other submission's.</param>
internal sealed record SuiteSubmission(string Path, string Key, string Name, string ReportFolder)
{
    /// <summary>The name as tests show it: inert, since students choose it (a terminal escape in a test name would act in every runner's output).</summary>
    public string Shown => InertText.Escape(Name);

    /// <summary>The fixture's name in the test tree, <c>SubmissionTests(examples/toy-scaled)</c>.</summary>
    public override string ToString() => InertText.Escape(Key);
}
