using Grader.Checking;
using Grader.Class.Reports;
using Grader.Reference;
using Grader.Reports;
using Grader.Running;
using Grader.Values;
using static Grader.Core.Tests.Checking.Fixtures;
using static Grader.Core.Tests.Checking.PatternCases;

namespace Grader.Core.Tests.Checking;

public sealed class CasePatternsTests
{
    /// <summary>lam is 0 on two hidden cases and positive (0.25 on the public case) elsewhere.</summary>
    private static ProblemReference Regularised() => Problem(
        Case("public", hidden: false, lam: 0.25),
        Case("hidden-1", lam: 0),
        Case("hidden-2", lam: 0.3719),
        Case("hidden-3", lam: 0),
        Case("hidden-4", lam: 0.8123));

    [Test]
    public void Grade_OutputsWrongExactlyWhereLamIsPositive_OneSentenceNamesThem()
    {
        // Given W1 and b1 wrong on exactly the cases where lam > 0
        var problem = Regularised();
        var submission = Changing(problem, (c, _, v) => Lam(c) > 0 ? Wrong(v) : v);

        // When
        var score = ProblemGrader.Grade(problem, submission);

        // Then
        const string said = "W1 and b1 are wrong exactly where lam > 0 (3 of 5 cases) and right on every other case: look at the terms lam multiplies in your code.";
        Assert.Multiple(() =>
        {
            Assert.That(score.Patterns, Is.EqualTo(new[] { new Diagnosis(DiagnosisIds.CasePattern, "W1, b1", said) }));
            Assert.That(score.Diagnoses, Is.EqualTo(score.Patterns));
            Assert.That(score.Feedback, Is.EqualTo(said));
            Assert.That(score.Feedback, Does.Not.Contain("0.3719").And.Not.Contain("0.8123"));
        });
    }

    [Test]
    public void Grade_OutputsWithDifferentPatterns_EachSaidForItsOutput()
    {
        // Given W1 wrong where lam > 0, b1 wrong where lam = 0
        var problem = Regularised();
        var submission = Changing(problem, (c, o, v) => (o == "W1") == (Lam(c) > 0) ? Wrong(v) : v);

        // When
        var score = ProblemGrader.Grade(problem, submission);

        // Then
        Assert.That(score.Patterns.Select(p => (p.Output, p.Message[..p.Message.IndexOf('(')])), Is.EqualTo(new[]
        {
            ("W1", "W1 is wrong exactly where lam > 0 "),
            ("b1", "b1 is wrong exactly where lam = 0 "),
        }));
    }

    [Test]
    public void Grade_FailuresNotExactlyWhereAFeatureHolds_NothingIsSaid()
    {
        // Given b1 wrong on two of the three cases where lam > 0 (the public case is right)
        var problem = Regularised();
        var submission = Changing(problem, (c, o, v) => o == "b1" && c.Hidden && Lam(c) > 0 ? Wrong(v) : v);

        // When
        var score = ProblemGrader.Grade(problem, submission);

        // Then: what was said before patterns
        Assert.That(score.Patterns, Is.Empty);
        Assert.That(score.Feedback, Is.EqualTo("wrong: b1 in 2 of 5 cases"));
    }

    [Test]
    public void Grade_ADiagnosisExplainsEveryFailure_NoPatternIsAdded()
    {
        // Given b1 with the opposite sign exactly where lam > 0: sign-flipped explains every failure
        var problem = Regularised();
        var submission = Changing(problem, (c, o, v) => o == "b1" && Lam(c) > 0 ? ((Tensor)v).Map(x => -x) : v);

        // When
        var score = ProblemGrader.Grade(problem, submission);

        // Then
        Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.SignFlipped }));
        Assert.That(score.Patterns, Is.Empty);
    }

    [Test]
    public void Grade_PatternBesideAnotherOutputsDiagnosis_BothAreSaid()
    {
        // Given W1 transposed everywhere and b1 wrong where lam > 0
        var problem = Regularised();
        var submission = Changing(problem, (c, o, v) => o == "W1" ? ((Tensor)v).Transpose() : Lam(c) > 0 ? Wrong(v) : v);

        // When
        var score = ProblemGrader.Grade(problem, submission);

        // Then: the diagnosis first, the pattern after it
        Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.Transposed, DiagnosisIds.CasePattern }));
        Assert.That(score.Feedback, Does.StartWith("W1 is the transpose").And.EndWith("b1 is wrong exactly where lam > 0 (3 of 5 cases) and right on every other case: look at the terms lam multiplies in your code."));
    }

    [Test]
    public void Grade_RaisesExactlyWhereNIsNotAMultipleOfTheBatch_SaidOfTheCode()
    {
        // Given a submission that raises on the cases with a short last batch, and is right elsewhere
        var problem = Problem(
            Case("public", hidden: false, n: 4, batch: 2),
            Case("hidden-1", n: 7, batch: 3),
            Case("hidden-2", n: 9, batch: 3),
            Case("hidden-3", n: 10, batch: 4),
            Case("hidden-4", n: 11, batch: 11));
        var submission = Submission(problem, c => c.Case.Dims.Scalar("N") % (int)((Tensor)c.Case.Inputs["batch_size"])[0] != 0 ? CaseOutcome.Exception : null);

        // When
        var score = ProblemGrader.Grade(problem, submission);

        // Then
        Assert.That(score.Feedback, Does.StartWith(
            "Your code fails exactly where N is not a multiple of batch_size (2 raised an exception) and passes every other case: look at the last, shorter batch of N % batch_size rows. Your code raised "));
        Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.CasePattern }));
    }

    [Test]
    public void Grade_PublicPassesAndEveryHiddenCaseRaisesOrIsWrong_NamesHardcodedPublicWithItsSizes()
    {
        // Given code written for the public case's sizes: other hidden H raise, the one with H = 3 is wrong
        var problem = Problem(
            Case("public", hidden: false, n: 4, h: 3),
            Case("hidden-1", n: 17, h: 5),
            Case("hidden-2", n: 23, h: 3),
            Case("hidden-3", n: 9, h: 7));
        var submission = Submission(problem, c => c.Case.Dims.Scalar("H") != 3 ? CaseOutcome.Exception : c.Hidden ? CaseOutcome.Returned : null);

        // When
        var score = ProblemGrader.Grade(problem, submission);

        // Then
        const string said = "Your code works only for the public case's sizes (N = 4, H = 3): every hidden case with other sizes fails "
            + "(2 raised an exception, 1 was wrong). Take every size from the shapes of the arrays you are given (x.shape, len(x)) rather "
            + "than writing the public case's numbers into your code.";
        Assert.Multiple(() =>
        {
            Assert.That(score.Diagnoses, Is.EqualTo(new[] { new Diagnosis(DiagnosisIds.HardcodedPublic, "W1, b1", said) }));
            Assert.That(score.Feedback, Does.StartWith(said).And.Contain(" Your code raised "));
            Assert.That(score.Feedback, Does.Not.Contain("17").And.Not.Contain("23"));
        });
    }

    [Test]
    public void Grade_HiddenCaseOfThePublicNPasses_NamesTheOneSize()
    {
        // Given code right wherever N = 4, whatever H, and raising elsewhere
        var problem = Problem(
            Case("public", hidden: false, n: 4, h: 3),
            Case("hidden-1", n: 4, h: 6),
            Case("hidden-2", n: 23, h: 3),
            Case("hidden-3", n: 9, h: 7));
        var submission = Submission(problem, c => c.Case.Dims.Scalar("N") != 4 ? CaseOutcome.Exception : null);

        // When
        var score = ProblemGrader.Grade(problem, submission);

        // Then
        Assert.That(score.DiagnosisIds, Is.EqualTo(new[] { DiagnosisIds.HardcodedPublic }));
        Assert.That(score.Feedback, Does.StartWith("Your code works only for the public case's sizes (N = 4): every hidden case with another N fails (2 raised an exception)."));
    }

    [Test]
    public void Grade_CasesNotRun_AreLeftOutOfThePattern()
    {
        // Given the runner stopped after hidden-1 timed out: the others were not run
        var problem = Regularised();
        var submission = Submission(problem, c => c.Name switch
        {
            "public" => null,
            "hidden-1" => CaseOutcome.Timeout,
            _ => CaseOutcome.NotRun,
        });

        // When
        var score = ProblemGrader.Grade(problem, submission);

        // Then: one failing case that ran is too few to say where the code fails
        Assert.That(score.Patterns, Is.Empty);
    }

    [Test]
    public void Grade_Pattern_ReachesEveryReportAndTheClassCount()
    {
        // Given a pattern
        var problem = Regularised();
        var score = ProblemGrader.Grade(problem, Changing(problem, (c, o, v) => o == "b1" && Lam(c) > 0 ? Wrong(v) : v));
        var report = new ScoreReport("student", [score], [], TimeSpan.Zero);

        // When
        var outputs = new[] { "md", "json", "gradescope", "table" }.ToDictionary(f => f, f => ReportFormats.Get(f).Render(report));
        var outcome = ProblemOutcome.From(score);

        // Then
        Assert.Multiple(() =>
        {
            foreach (var (format, text) in outputs)
            {
                Assert.That(text, Does.Contain("b1 is wrong exactly where lam"), format);
            }

            Assert.That(outputs["json"], Does.Contain("\"case-pattern\""));
            Assert.That(outcome.Diagnoses.Select(d => d.Id), Is.EqualTo(new[] { DiagnosisIds.CasePattern }));
        });
    }

    /// <summary>Each case ends as <paramref name="ended"/> says: null right, Returned wrong values, or another outcome.</summary>
    private static ProblemSubmission Submission(ProblemReference problem, Func<SolvedCase, CaseOutcome?> ended) => new(
        problem.ProblemId,
        "python: hw.py",
        false,
        null,
        [
            .. problem.Cases.Select(c => ended(c) switch
            {
                null => Returned(c, c.Expected.ToDictionary(p => p.Key, p => p.Value)),
                CaseOutcome.Returned => Returned(c, c.Expected.ToDictionary(p => p.Key, p => Wrong(p.Value))),
                { } outcome => Ended(c, outcome, "IndexError: index 4 is out of bounds"),
            }),
        ]);
}
