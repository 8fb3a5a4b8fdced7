using System.Text.Json;
using Grader.Checking;
using Grader.Reports;
using Grader.Running;
using Grader.Specs;
using Grader.Values;

namespace Grader.Core.Tests.Reports;

/// <summary>
/// A training problem in the reports: cancer-logistic-l2 with one run at full marks, one with partial
/// credit and a printed loss, and the larger-λ check failed. The student's printed output carries
/// <see cref="HostileText.Payload"/>.
/// </summary>
public sealed class ExperimentReportTests
{
    private static readonly AccuracyThresholds Weak = new(0.75, 0.93);
    private static readonly AccuracyThresholds Strong = new(0.75, 0.86);

    internal static ProblemScore CancerPartial()
    {
        var printed = "epoch 1: loss 0.69\nepoch 2: loss 0.41\nepoch 3: loss 0.30\n" + HostileText.Payload;
        var runs = new List<ExperimentRunFeedback>
        {
            new("weak", new Dictionary<string, double> { ["lam"] = 0.01, ["lr"] = 0.1 }, 0.958, Weak, 4, 4, TimeSpan.FromSeconds(1.25), []),
            new("strong", new Dictionary<string, double> { ["lam"] = 1, ["lr"] = 0.1 }, 0.80, Strong, 1.818182, 4, TimeSpan.FromSeconds(2.5), [0.69, 0.41, 0.30]),
        };
        var cases = runs.Select(r => new CaseScore(r.Run, false, CaseOutcome.Returned, r.Points, r.MaxPoints,
            [new OutputComparison("accuracy", r.Points >= r.MaxPoints, null, null, null, r.Points, r.MaxPoints, Tensor.Scalar(r.Thresholds.Full), Tensor.Scalar(r.Accuracy!.Value))],
            [], null, null, r.Run == "strong" ? printed : "", r.Duration)).ToList();
        var regularization = new RegularizationFeedback("weak", "strong", 0.35, 0.08, false, 0, 2);
        return new ProblemScore("cancer-logistic-l2", "L2 logistic regression", ProblemStatus.Partial, 5.818182, 10, "python: training.py:53", false, null, cases,
            [Diagnosis.StrongerFitsBetter("weak", "strong", 0.35, 0.08)])
        {
            Experiment = new ExperimentFeedback(runs, regularization) { TimeBudget = TimeSpan.FromSeconds(30) },
        };
    }

    private static ScoreReport Report() => new("alice", [CancerPartial()], [], TimeSpan.FromSeconds(4));

    [Test]
    public void WriteMarkdown_TrainingProblem_ShowsAccuracyThresholdsPointsTimeAndTheLambdaCheck()
    {
        // Given a training problem with a partial run and a failed larger-λ check
        var report = Report();

        // When the student's feedback is written
        var text = new MarkdownReport().Render(report);

        // Then it reads as a TA's note: accuracy against the thresholds, time against the budget, no expected/got table
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("| weak | lam = 0.01, lr = 0.1 | 95.8 % | 75.0 % | 93.0 % | 4 / 4 | 1.2 s of 30 s |").Or.Contain("| weak | lam = 0.01, lr = 0.1 | 95.8 % | 75.0 % | 93.0 % | 4 / 4 | 1.3 s of 30 s |"));
            Assert.That(text, Does.Contain("| strong | lam = 1, lr = 0.1 | 80.0 % | 75.0 % | 86.0 % | 1.82 / 4 | 2.5 s of 30 s |"));
            Assert.That(text, Does.Contain("- run 'weak': full marks, 95.8 % is at or above the full-marks threshold 93.0 %."));
            Assert.That(text, Does.Contain("- run 'strong': partial credit, 80.0 % is 45 % of the way from 75.0 % (no points) to 86.0 % (full marks)."));
            Assert.That(text, Does.Contain("### Regularization check: 0 / 2"));
            Assert.That(text, Does.Contain("fit the training set better (training loss 0.08)"));
            Assert.That(text, Does.Contain("**regularization-fits-better**").Or.Contain("**" + report.Problems[0].Diagnoses[0].Id + "**"));
            Assert.That(text, Does.Not.Contain("Public case").And.Not.Contain("| Expected |"));
            Assert.That(text, Does.Contain("What run 'strong' printed:"));
        });
    }

    [Test]
    public void WriteMarkdown_PrintedOutput_StaysInertInACodeBlock()
    {
        var text = new MarkdownReport().Render(Report());

        Assert.Multiple(() =>
        {
            Assert.That(text.IndexOfAny(['\u001b', '\u202e', '\r', '\0']), Is.EqualTo(-1), "controls shown escaped");
            Assert.That(text, Does.Contain("\\x1b]0;pwned"));
            Assert.That(text, Does.Contain("````text\nepoch 1: loss 0.69"), "a fence longer than the printed ``` run");
        });
    }

    [Test]
    public void WriteMarkdown_LongPrintout_ShowsItsEnds()
    {
        // Given a run that printed 300 lines
        var problem = CancerPartial();
        var printed = string.Join('\n', Enumerable.Range(1, 300).Select(i => $"epoch {i}: loss {1.0 / i}"));
        var cases = problem.Cases.Select(c => c with { Stdout = c.Name == "strong" ? printed : "" }).ToList();
        var report = new ScoreReport("alice", [problem with { Cases = cases }], [], TimeSpan.Zero);

        // When
        var text = new MarkdownReport().Render(report);

        // Then the first and last ten lines, and how many were left out
        Assert.That(text, Does.Contain("epoch 10: loss").And.Contain("… (280 lines left out) …").And.Contain("epoch 300: loss").And.Not.Contain("epoch 11: loss"));
    }

    [Test]
    public void WriteMarkdown_RunRaised_SaysWhyNoPointsAndShowsTheTraceback()
    {
        // Given a strong run that raised instead of returning weights
        var problem = CancerPartial();
        var runs = problem.Experiment!.Runs.Select(r => r.Run == "strong" ? r with { Accuracy = null, Points = 0 } : r).ToList();
        var cases = problem.Cases.Select(c => c.Name == "strong"
            ? c with { Outcome = CaseOutcome.Exception, Outputs = [], Stdout = "", Message = "ValueError: bad", Traceback = "Traceback (most recent call last):\n  File \"training.py\", line 9\nValueError: bad" }
            : c).ToList();
        var report = new ScoreReport("alice", [problem with { Cases = cases, Experiment = problem.Experiment with { Runs = runs } }], [], TimeSpan.Zero);

        // When
        var text = new MarkdownReport().Render(report);

        // Then
        Assert.That(text, Does.Contain("| strong | lam = 1, lr = 0.1 | none |"));
        Assert.That(text, Does.Contain("- run 'strong': no held-out accuracy, so no points: your code raised an exception."));
        Assert.That(text, Does.Contain("Run 'strong': your code raised an exception.\n\n```text\nTraceback (most recent call last):"));
    }

    [Test]
    public void WriteMarkdown_Unavailable_SaysWhyWithoutBlamingTheCode()
    {
        var problem = Grader.Experiments.ExperimentGrader.Unavailable("digits-mlp-torch", "MLP", 10, "python: training.py:64", Grader.Experiments.ExperimentMessages.ModuleMissing("torch"));

        var text = new MarkdownReport().Render(new ScoreReport("alice", [problem], [], TimeSpan.Zero));

        Assert.That(text, Does.Contain("## digits-mlp-torch: unavailable, 0 / 10"));
        Assert.That(text, Does.Contain("this problem is unavailable on this machine: it needs the Python module 'torch'"));
        Assert.That(text, Does.Not.Contain("could not be loaded"));
    }

    [Test]
    public void WriteJson_TrainingProblem_CarriesRunsCurveBudgetAndRegularization()
    {
        // When the instructor's JSON is written
        var text = new JsonReport().Render(Report());

        // Then the experiment object holds what the instructor grades by
        using var document = JsonDocument.Parse(text);
        var experiment = document.RootElement.GetProperty("problems")[0].GetProperty("experiment");
        var strong = experiment.GetProperty("runs")[1];
        var check = experiment.GetProperty("regularization");
        Assert.Multiple(() =>
        {
            Assert.That(experiment.GetProperty("time_budget").GetDouble(), Is.EqualTo(30));
            Assert.That(experiment.GetProperty("runs")[0].GetProperty("accuracy").GetDouble(), Is.EqualTo(0.958));
            Assert.That(strong.GetProperty("run").GetString(), Is.EqualTo("strong"));
            Assert.That(strong.GetProperty("params").GetProperty("lam").GetDouble(), Is.EqualTo(1));
            Assert.That(strong.GetProperty("zero_points_at").GetDouble(), Is.EqualTo(0.75));
            Assert.That(strong.GetProperty("full_marks_at").GetDouble(), Is.EqualTo(0.86));
            Assert.That(strong.GetProperty("score").GetDouble(), Is.EqualTo(1.8182));
            Assert.That(strong.GetProperty("training_time").GetDouble(), Is.EqualTo(2.5));
            Assert.That(strong.GetProperty("learning_curve").EnumerateArray().Select(v => v.GetDouble()), Is.EqualTo(new[] { 0.69, 0.41, 0.30 }));
            Assert.That(check.GetProperty("held").GetBoolean(), Is.False);
            Assert.That(check.GetProperty("stronger_training_loss").GetDouble(), Is.EqualTo(0.08));
            Assert.That(check.GetProperty("max_score").GetDouble(), Is.EqualTo(2));
        });
    }

    [Test]
    public void WriteGradescope_TrainingRun_AccuracyAgainstThresholdsNotExpectedAndGot()
    {
        using var document = JsonDocument.Parse(new GradescopeReport().Render(Report()));

        var strong = document.RootElement.GetProperty("tests").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "cancer-logistic-l2: public case strong");
        var output = strong.GetProperty("output").GetString();
        Assert.That(output, Does.StartWith("held-out accuracy 80.0 % (0 points at or below 75.0 %, full marks from 86.0 %); trained in 2.5 s of 30 s\nrun 'strong': partial credit"));
        Assert.That(output, Does.Not.Contain("expected"));
    }

    [Test]
    public void WriteTable_PrintedCurve_DrawsASparklineOfItsNumbers()
    {
        var text = new TableReport(140).Render(Report());

        Assert.That(text, Does.Contain("cancer-logistic-l2: learning curve of run 'strong' (3 printed losses): █▃▁ first 0.69, last 0.3, lowest 0.3"));
    }

    [TestCase(new[] { 3.0, 2.0, 1.0 }, "█▅▁")]
    [TestCase(new[] { 1.0, 1.0 }, "▁▁")]
    [TestCase(new[] { 1.0, double.NaN, 2.0 }, "▁×█")]
    public void Sparkline_Values_OneBlockEach(double[] curve, string expected) =>
        Assert.That(CurveText.Sparkline(curve), Is.EqualTo(expected));

    [Test]
    public void Sparkline_LongCurve_AtMostItsWidthFromFirstToLast()
    {
        var curve = Enumerable.Range(0, 1000).Select(i => 1000.0 - i).ToArray();

        var line = CurveText.Sparkline(curve);

        Assert.That(line, Has.Length.EqualTo(CurveText.Width));
        Assert.That(line[0], Is.EqualTo('█'));
        Assert.That(line[^1], Is.EqualTo('▁'));
    }
}
