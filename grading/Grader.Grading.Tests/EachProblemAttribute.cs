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
    private static readonly NUnitTestCaseBuilder Builder = new();

    public IEnumerable<TestMethod> BuildFrom(IMethodInfo method, Test? suite)
    {
        var submission = (SuiteSubmission)suite!.Arguments[0]!;
        foreach (var problem in ClassUnderTest.Problems)
        {
            var test = new TestCaseParameters([problem.Id]) { TestName = $"{submission.Shown} / {problem.Id}" };
            test.Properties.Add(PropertyNames.Category, problem.Id);
            test.Properties.Add("Weight", problem.Spec.Points);
            test.Properties.Add("Visibility", SuiteSettings.Visibility);
            yield return Builder.BuildTestMethod(method, suite, test);
        }
    }
}
