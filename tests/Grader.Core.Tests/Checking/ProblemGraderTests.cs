using Grader.Checking;
using Grader.Running;
using Grader.Values;
using static Grader.Core.Tests.Checking.Fixtures;

namespace Grader.Core.Tests.Checking;

public sealed class ProblemGraderTests
{
    [Test]
    public void Grade_AllCorrect_PassesWithFullPoints()
    {
        var problem = ToyNetwork();

        var score = ProblemGrader.Grade(problem, Changing(problem, (_, _, v) => v));

        Assert.Multiple(() =>
        {
            Assert.That(score.Status, Is.EqualTo(ProblemStatus.Passed));
            Assert.That(score.Score, Is.EqualTo(20));
            Assert.That(score.MaxScore, Is.EqualTo(20));
            Assert.That(score.Cases, Has.Count.EqualTo(4).And.All.Matches<CaseScore>(c => c.Passed));
            Assert.That(score.Diagnoses, Is.Empty);
            Assert.That(score.Feedback, Is.EqualTo("all 4 cases correct"));
        });
    }

    [Test]
    public void Grade_OneOutputWrongInOneCase_GivesPartialCredit()
    {
        var problem = ToyNetwork();
        var submission = Changing(problem, (c, o, v) => c.Name == "hidden-2" && o == "b2" ? Tensor.Scalar(42) : v);

        var score = ProblemGrader.Grade(problem, submission);

        Assert.Multiple(() =>
        {
            Assert.That(score.Status, Is.EqualTo(ProblemStatus.Partial));
            // 20 points over 4 cases over 4 outputs: one output of one case is 1.25 points.
            Assert.That(score.Score, Is.EqualTo(18.75));
            Assert.That(score.Cases[2].Score, Is.EqualTo(3.75));
            Assert.That(score.Cases[2].Outputs[3].MaxAbsError, Is.EqualTo(42 - 1.2).Within(1e-9));
        });
    }

    [Test]
    public void Grade_OutputWeights_SplitACaseByWeight()
    {
        var problem = SoftmaxCe() with { OutputWeights = new Dictionary<string, double> { ["loss"] = 1, ["dZ"] = 3 } };
        var submission = Changing(problem, (_, o, v) => o == "loss" ? Tensor.Scalar(-1) : v);

        var score = ProblemGrader.Grade(problem, submission);

        Assert.That(score.Score, Is.EqualTo(15 * 0.75).Within(1e-9));
    }

    [Test]
    public void Grade_AnswersFile_IsScoredOnThePublicCaseWhichCarriesAllPoints()
    {
        var problem = ToyNetwork();
        var answers = new ProblemSubmission(problem.ProblemId, "answers: answers.yaml", true, null,
        [
            Returned(Named(problem, "public"), Outputs(
                ("W1", Tensor.Matrix(new[,] { { 0.0122, 0, 0.061 }, { -0.0268, 0, -0.134 } })),
                ("b1", Tensor.Vector(0.0268, 0, 0.134)),
                ("w2", Tensor.Vector(0.1168, 0, 0.1536)),
                ("b2", Tensor.Scalar(-2.7319999)))),
            Ended(Named(problem, "hidden-1"), CaseOutcome.NotRun),
        ]);

        var score = ProblemGrader.Grade(problem, answers);

        Assert.Multiple(() =>
        {
            Assert.That(score.Status, Is.EqualTo(ProblemStatus.Passed));
            Assert.That(score.Score, Is.EqualTo(20));
            Assert.That(score.Cases.Select(c => c.Name), Is.EqualTo(new[] { "public" }));
            Assert.That(score.IsAnswers, Is.True);
        });
    }

    [Test]
    public void Grade_AnswersWithAWrongNumber_UseTheAnswerTolerance()
    {
        var problem = ToyNetwork();
        var answers = new ProblemSubmission(problem.ProblemId, "answers: answers.yaml", true, null,
            [Returned(Named(problem, "public"), Outputs(("W1", ToyPublic["W1"]), ("b1", ToyPublic["b1"]), ("w2", ToyPublic["w2"]), ("b2", Tensor.Scalar(-2.8))))]);

        var score = ProblemGrader.Grade(problem, answers);

        Assert.Multiple(() =>
        {
            Assert.That(score.Status, Is.EqualTo(ProblemStatus.Partial));
            Assert.That(score.Score, Is.EqualTo(15));
        });
    }

    [Test]
    public void Grade_PublicOnly_ScoresThePublicCaseForAllPoints()
    {
        var problem = ToyNetwork();
        var submission = new ProblemSubmission(problem.ProblemId, "python: hw.py", false, null, [Returned(Named(problem, "public"), ToyPublic)]);

        var score = ProblemGrader.Grade(problem, submission, publicOnly: true);

        Assert.That(score.Score, Is.EqualTo(20));
    }

    [Test]
    public void Grade_NoSubmission_IsMissing()
    {
        var score = ProblemGrader.Grade(ToyNetwork(), null);

        Assert.Multiple(() =>
        {
            Assert.That(score.Status, Is.EqualTo(ProblemStatus.Missing));
            Assert.That(score.Score, Is.Zero);
            Assert.That(score.MaxScore, Is.EqualTo(20));
            Assert.That(score.Cases, Has.All.Matches<CaseScore>(c => c.Outcome == CaseOutcome.NotAttempted));
            Assert.That(score.Feedback, Is.EqualTo("not attempted"));
        });
    }

    [Test]
    public void Grade_LoadError_IsErrorWithTheMessage()
    {
        var problem = ToyNetwork();
        var submission = new ProblemSubmission(problem.ProblemId, "python: hw.py", false, "hw.py:3:5: SyntaxError: invalid syntax", []);

        var score = ProblemGrader.Grade(problem, submission);

        Assert.Multiple(() =>
        {
            Assert.That(score.Status, Is.EqualTo(ProblemStatus.Error));
            Assert.That(score.Feedback, Is.EqualTo("could not be loaded: hw.py:3:5: SyntaxError: invalid syntax"));
        });
    }

    [TestCase(CaseOutcome.Exception, ProblemStatus.Error)]
    [TestCase(CaseOutcome.BadReturn, ProblemStatus.Error)]
    [TestCase(CaseOutcome.Crashed, ProblemStatus.Error)]
    [TestCase(CaseOutcome.Timeout, ProblemStatus.Timeout)]
    [TestCase(CaseOutcome.MemoryLimit, ProblemStatus.Limit)]
    [TestCase(CaseOutcome.ProcessLimit, ProblemStatus.Limit)]
    [TestCase(CaseOutcome.OutputLimit, ProblemStatus.Limit)]
    [TestCase(CaseOutcome.NotAttempted, ProblemStatus.Missing)]
    public void Grade_EveryCaseEndsTheSameWay_GivesTheMatchingStatus(CaseOutcome outcome, ProblemStatus status)
    {
        var problem = ToyNetwork();
        var submission = new ProblemSubmission(problem.ProblemId, "python: hw.py", false, null,
            [.. problem.Cases.Select(c => Ended(c, outcome, "boom"))]);

        var score = ProblemGrader.Grade(problem, submission);

        Assert.Multiple(() =>
        {
            Assert.That(score.Status, Is.EqualTo(status));
            Assert.That(score.Score, Is.Zero);
        });
    }

    [Test]
    public void Grade_AllValuesWrong_IsFailed()
    {
        var problem = ToyNetwork();

        var score = ProblemGrader.Grade(problem, Changing(problem, (c, o, v) => Random(o.Length + c.Name.Length, ((Tensor)v).ShapeArray())));

        Assert.That(score.Status, Is.EqualTo(ProblemStatus.Failed));
    }

    [Test]
    public void Grade_ExceptionOnHiddenCases_FeedbackHidesTheMessage()
    {
        var problem = ToyNetwork();
        var submission = new ProblemSubmission(problem.ProblemId, "python: hw.py", false, null,
        [
            Returned(Named(problem, "public"), ToyPublic),
            .. problem.Cases.Skip(1).Select(c => Ended(c, CaseOutcome.Exception, "ValueError: shapes (7,2) and (4,3) not aligned")),
        ]);

        var score = ProblemGrader.Grade(problem, submission);

        Assert.Multiple(() =>
        {
            Assert.That(score.Status, Is.EqualTo(ProblemStatus.Partial));
            Assert.That(score.Score, Is.EqualTo(5));
            // Right on the public case and raising on every hidden case of other sizes: the sizes are written in.
            Assert.That(score.Feedback, Does.StartWith("Your code works only for the public case's sizes (N = 4): every hidden case with other sizes fails (3 raised an exception)."));
            Assert.That(score.Feedback, Does.Not.Contain("ValueError").And.Not.Contain("(7,2)"));
        });
    }
}
