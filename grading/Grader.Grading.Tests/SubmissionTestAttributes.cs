using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;

namespace Grader.Grading.Tests;

/// <summary>
/// One test per problem of the course for the fixture's submission, named <c>student / problem</c>, with
/// the problem id as its category and Gradescope's properties <c>Weight</c> (its points) and
/// <c>Visibility</c>, as Gradescope's NUnit autograder reads them.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class EachProblemAttribute : NUnitAttribute, ITestBuilder, IImplyFixture
{
    public IEnumerable<TestMethod> BuildFrom(IMethodInfo method, Test? suite)
    {
        var submission = (SuiteSubmission)suite!.Arguments[0]!;
        foreach (var problem in ClassUnderTest.Problems)
        {
            var test = new TestCaseParameters([problem.Id]) { TestName = $"{submission.Shown} / {problem.Id}" };
            test.Properties.Add(PropertyNames.Category, problem.Id);
            test.Properties.Add("Weight", problem.Spec.Points);
            test.Properties.Add("Visibility", SuiteSettings.Visibility);
            yield return SubmissionTest.Build(method, suite, test);
        }
    }
}

/// <summary>The test of the submission's grades against the accepted ones, named <c>student / grades</c>: worth nothing, the instructor's alone.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class GradesTestAttribute : NUnitAttribute, ITestBuilder, IImplyFixture
{
    public const string Category = "grades";

    public IEnumerable<TestMethod> BuildFrom(IMethodInfo method, Test? suite)
    {
        var submission = (SuiteSubmission)suite!.Arguments[0]!;
        var test = new TestCaseParameters([]) { TestName = $"{submission.Shown} / {Category}" };
        test.Properties.Add(PropertyNames.Category, Category);
        test.Properties.Add("Weight", 0.0);
        test.Properties.Add("Visibility", "hidden");
        yield return SubmissionTest.Build(method, suite, test);
    }
}

internal static class SubmissionTest
{
    private static readonly NUnitTestCaseBuilder Builder = new();

    public static TestMethod Build(IMethodInfo method, Test suite, TestCaseParameters parameters) => Builder.BuildTestMethod(method, suite, parameters);
}
