using Grader.Reference;
using Grader.Specs;
using Grader.Verification;

namespace Grader.Core.Tests.Verification;

/// <summary>An identity problem's spec is verified: its given left side equals its output on every case.</summary>
internal sealed class IdentityCheckTests
{
    [TestCase("0.5 * (tanh(0.5 * x) + 1)", true)]
    [TestCase("0.5 * (tanh(x) + 1)", false)]
    public void Run_IdentityFrom_HoldsOrFailsOnEveryCase(string from, bool holds)
    {
        // Given sigmoid-from-tanh with its left side as written, or with a slip
        var spec = ProblemCatalog.Load(TestPaths.Problems).Problems.Single(p => p.Id == "sigmoid-from-tanh").Spec
            with { IdentityFrom = SourceText.Inline(from, "problems/sigmoid-from-tanh.yaml") };
        var failures = new List<string>();

        // When
        var summary = IdentityCheck.Run(ProblemSolver.Solve(CompiledProblem.Compile(spec)), failures);

        // Then
        Assert.That(summary, Is.EqualTo("identity: identity_from equals 'sigma' on 9 cases"));
        Assert.That(failures, holds ? Is.Empty : Has.Count.EqualTo(9).And.All.Contains("the identity does not hold"));
    }
}
