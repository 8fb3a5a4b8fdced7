namespace Grader.Grading.Tests;

/// <summary>The course and class themselves: the one test that says why nothing is graded (a spec that does not load, no submissions).</summary>
internal sealed class CourseTests
{
    [Test]
    [Category("course")]
    public void Course_ProblemsAndSubmissions_Load()
    {
        Assert.That(ClassUnderTest.Errors, Is.Empty, SuiteMessages.CannotGrade(ClassUnderTest.Errors));
        TestContext.Out.WriteLine(SuiteMessages.CourseLoaded(ClassUnderTest.Problems.Count, ClassUnderTest.Submissions.Count, SuiteSettings.SubmissionsShown, ClassUnderTest.Course is not null));
    }
}
