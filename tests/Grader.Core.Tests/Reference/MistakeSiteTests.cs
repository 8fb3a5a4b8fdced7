using Grader.Core.Tests.Running;
using Grader.Reference;
using Grader.Values;

namespace Grader.Core.Tests.Reference;

/// <summary>
/// A mistake made at one site of the model's loop, derived from the spec's mistake model: its
/// <c>detach</c>s keep the mistake in the site's iterations and are transparent elsewhere.
/// </summary>
public sealed class MistakeSiteTests
{
    private static readonly CompiledProblem Nielsen = ProblemCatalog.Load(TestPaths.Problems).Find("nielsen-backprop")!;

    [Test]
    public void Compile_LoopMistake_GetsThreeSitesAfterTheWholeMistakes()
    {
        var sites = Nielsen.Mistakes.Where(m => m.Site is not null).ToList();

        Assert.That(Nielsen.Mistakes.TakeWhile(m => m.Site is null).Count(), Is.EqualTo(2), "the spec's two mistakes first");
        Assert.That(sites.Select(m => (m.Spec.Id, m.Site)), Is.EqualTo(new[]
        {
            ("sigmoid-grad-of-output", (MistakeSite?)MistakeSite.LastIteration),
            ("sigmoid-grad-of-output", MistakeSite.AllButLast),
            ("sigmoid-grad-of-output", MistakeSite.FirstIteration),
        }), "delta-not-propagated detaches outside the loop: no sites");
    }

    [Test]
    public void Solve_OutputLayerOnly_OutputLayerAsTheMistakeEarlierLayersNeither()
    {
        // Given a hidden case of three or more layers
        var solution = ProblemSolver.Solve(Nielsen);
        var solved = solution.Cases.First(c => ((TensorList)c.Case.Inputs["weights"]).Count >= 3);
        var whole = Outputs(solved, site: null);
        var last = Outputs(solved, MistakeSite.LastIteration);
        var hidden = Outputs(solved, MistakeSite.AllButLast);
        var reference = (TensorList)solved.Expected["nabla_b"];
        var layers = reference.Count;

        // Then: in the output layer, the site's δ is the whole mistake's; the reference's where the mistake is elsewhere
        Assert.That(Text(last[layers - 1]), Is.EqualTo(Text(whole[layers - 1])));
        Assert.That(Text(hidden[layers - 1]), Is.EqualTo(Text(reference[layers - 1])));

        // and in the first layer the error has flowed back: neither the reference nor the whole mistake
        Assert.That(Text(last[0]), Is.Not.EqualTo(Text(reference[0])).And.Not.EqualTo(Text(whole[0])));
    }

    [Test]
    public void Evaluate_SiteOfAModelWithoutLoop_DetachesAsUsual()
    {
        var toy = ProblemCatalog.Load(TestPaths.Problems).Find("toy-network")!;

        Assert.That(toy.Mistakes.Where(m => m.Site is not null), Is.Empty);
    }

    private static TensorList Outputs(SolvedCase solved, MistakeSite? site)
    {
        var index = Nielsen.Mistakes.ToList().FindIndex(m => m.Spec.Id == "sigmoid-grad-of-output" && m.Site == site);
        return (TensorList)solved.Mistakes[index]!["nabla_b"];
    }

    private static string Text(Tensor tensor) => ValueText.Format(tensor);
}
