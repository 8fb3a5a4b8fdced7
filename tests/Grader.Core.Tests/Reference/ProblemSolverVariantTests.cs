using Grader.Core.Tests.Running;
using Grader.Reference;
using Grader.Values;

namespace Grader.Core.Tests.Reference;

/// <summary>Students' own public cases, solved: every mistake shows on every student's numbers.</summary>
public sealed class ProblemSolverVariantTests
{
    private static readonly ProblemCatalog Catalog = ProblemCatalog.Load(TestPaths.Problems);

    [TestCase("toy-network")]
    [TestCase("two-layer-l2")]
    [TestCase("sgd-epoch")]
    public void SolveVariant_HundredStudents_EveryMistakeDiffersFromTheReference(string id)
    {
        var problem = Catalog.Find(id)!;

        foreach (var seed in Enumerable.Range(1, 100))
        {
            var solved = ProblemSolver.SolveVariant(problem, seed * 7919);
            for (var m = 0; m < problem.Mistakes.Count; m++)
            {
                var outputs = solved.Mistakes[m]!;
                Assert.That(
                    outputs.Any(o => !ValueMath.Entries(o.Value).SequenceEqual(ValueMath.Entries(solved.Expected[o.Key]))),
                    $"seed {seed * 7919}: mistake {problem.Mistakes[m].Spec.Id} gives the reference");
            }
        }
    }

    [Test]
    public void SolveVariant_SameSeed_SameCase()
    {
        var problem = Catalog.Find("softmax-ce")!;

        var first = ProblemSolver.SolveVariant(problem, 42);
        var again = ProblemSolver.SolveVariant(problem, 42);

        Assert.That(ValueText.Format(again.Case.Inputs["Z"]), Is.EqualTo(ValueText.Format(first.Case.Inputs["Z"])));
        Assert.That(ValueText.Format(again.Expected["dZ"]), Is.EqualTo(ValueText.Format(first.Expected["dZ"])));
    }
}
