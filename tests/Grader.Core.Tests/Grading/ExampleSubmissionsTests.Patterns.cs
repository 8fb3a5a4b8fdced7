namespace Grader.Core.Tests.Grading;

/// <summary>The examples whose failing cases follow one feature: the feedback says which, as a TA would.</summary>
public sealed partial class ExampleSubmissionsTests
{
    [TestCase("two-layer-l2-bias-regularized", "two-layer-l2",
        "loss, b1 and b2 are wrong exactly where lam > 0 (6 of 13 cases) and right on every other case: look at the terms lam multiplies in your code.")]
    [TestCase("sgd-epoch-short-batch-divided", "sgd-epoch",
        "W and b are wrong exactly where N is not a multiple of batch_size (11 of 13 cases) and right on every other case: look at the last, shorter batch of N % batch_size rows.")]
    [TestCase("toy-four-points", "toy-network",
        "Your code works only for the public case's sizes (N = 4, H = 3): every hidden case with other sizes fails (10 raised an exception, 2 were wrong). "
        + "Take every size from the shapes of the arrays you are given (x.shape, len(x)) rather than writing the public case's numbers into your code.")]
    public void Grade_FailuresFollowOneFeature_FeedbackSaysWhere(string example, string problemId, string said)
    {
        // Given the example graded for real (OneTimeSetUp)
        var problem = Reports[example].Problems.Single(p => p.ProblemId == problemId);

        // Then: the one-line feedback is the pattern, and the pattern is one diagnosis with its id
        Assert.That(problem.Feedback, Does.StartWith(said), "what the failing cases share comes first; what they raised may follow");
        Assert.That(problem.Patterns.Select(p => p.Message), Is.EqualTo(new[] { said }));
    }

    [TestCase("sgd-epoch-last-batch-dropped", "sgd-epoch")]
    [TestCase("toy-hardcoded-public", "toy-network")]
    [TestCase("logistic-l2-bias-regularized", "logistic-l2")]
    public void Grade_DiagnosisExplainsEveryFailure_NoPatternIsSaid(string example, string problemId)
    {
        // Given an example whose failures a diagnosis explains (last-batch-dropped fails exactly where N is not a multiple of the batch too)
        var problem = Reports[example].Problems.Single(p => p.ProblemId == problemId);

        // Then: the pattern would say less than the diagnosis, so nothing is added
        Assert.That(problem.Patterns, Is.Empty);
        Assert.That(problem.Diagnoses, Is.Not.Empty);
    }
}
