using Grader.Class;

namespace Grader.Grading.Tests;

/// <summary>
/// The one grading of the run, started by the first test that needs it and shared by all: the problems
/// solved once, one sandboxed runner (the same engine as <c>./grader grade</c>, <see cref="ClassGrading"/>).
/// Submissions are graded in parallel as NUnit runs their fixtures, one per worker.
/// </summary>
[SetUpFixture]
internal sealed class SuiteRun
{
    private static readonly Lazy<ClassGrading> Started = new(() => ClassGrading.Create(ClassUnderTest.Catalog, ClassUnderTest.Course));

    internal static ClassGrading Grading => Started.Value;

    [OneTimeTearDown]
    public static void EndSandboxes()
    {
        if (Started.IsValueCreated)
        {
            Started.Value.Dispose();
        }
    }
}
