using Grader.Experiments;
using Grader.Reference;
using Grader.Specs;

namespace Grader.Core.Tests.Experiments;

/// <summary>verify trains the grader's own reference on the split and checks the spec's thresholds against it.</summary>
internal sealed class ExperimentVerifierTests
{
    [TestCase("digits-softmax-sgd")]
    [TestCase("digits-two-layer")]
    [TestCase("cancer-logistic-l2")]
    [TestCase("digits-mlp-torch")]
    public void Verify_CatalogueProblem_Passes(string id)
    {
        // Given a problem of the catalogue
        var problem = ProblemCatalog.Load(TestPaths.Problems).Problems.Single(p => p.Id == id);

        // When it is verified
        var result = ExperimentVerifier.Verify(problem);

        // Then the reference clears full marks and the trivial predictor stays below zero points
        Assert.That(result.Failures, Is.Empty);
        Assert.That(result.Checks, Has.Some.StartsWith("reference run"));
    }

    [Test]
    public void Verify_FullMarksOutOfReach_FailsNamingTheRunAndWhatToChange()
    {
        // Given digits-softmax-sgd asking for 99.9% after one epoch
        var text = File.ReadAllText(Path.Combine(TestPaths.Problems, "digits-softmax-sgd.yaml"))
            .Replace("epochs: 20}", "epochs: 1}", StringComparison.Ordinal)
            .Replace("full: 0.93}", "full: 0.999}", StringComparison.Ordinal);
        var problem = CompiledProblem.Compile(SpecLoader.Load(new SpecFile("problems/digits-softmax-sgd.yaml", text)));

        // When it is verified
        var result = ExperimentVerifier.Verify(problem);

        // Then it fails, saying so
        Assert.That(result.Failures, Has.One.Contains("run 'main': the reference reaches").And.Contains("lower experiment.accuracy.full"));
    }

    [Test]
    public void Verify_ScoreInTheWrongConvention_FailsTheScoreAgainstTheTrainer()
    {
        // Given digits-two-layer whose score forgets the ReLU
        var text = File.ReadAllText(Path.Combine(TestPaths.Problems, "digits-two-layer.yaml"))
            .Replace("score: relu(X @ W1.T + b1) @ W2.T + b2", "score: (X @ W1.T + b1) @ W2.T + b2", StringComparison.Ordinal);
        var problem = CompiledProblem.Compile(SpecLoader.Load(new SpecFile("problems/digits-two-layer.yaml", text)));

        // When it is verified
        var result = ExperimentVerifier.Verify(problem);

        // Then the disagreement with the trainer's own prediction is named
        Assert.That(result.Failures, Has.Some.Contains("experiment.score does not use the outputs"));
    }
}
