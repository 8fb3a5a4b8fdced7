using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;

namespace Grader.Grading.Tests;

/// <summary>The test of the submission's grades against the accepted ones, named <c>student / grades</c>: worth nothing, the instructor's alone.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class GradesTestAttribute : NUnitAttribute, ITestBuilder, IImplyFixture
{
    public const string Category = "grades";

    private static readonly NUnitTestCaseBuilder Builder = new();

    public IEnumerable<TestMethod> BuildFrom(IMethodInfo method, Test? suite)
    {
        var submission = (SuiteSubmission)suite!.Arguments[0]!;
        var test = new TestCaseParameters([]) { TestName = $"{submission.Shown} / {Category}" };
        test.Properties.Add(PropertyNames.Category, Category);
        test.Properties.Add("Weight", 0.0);
        test.Properties.Add("Visibility", "hidden");
        yield return Builder.BuildTestMethod(method, suite, test);
    }
}
