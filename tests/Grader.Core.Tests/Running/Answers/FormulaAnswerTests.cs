using Grader.Checking;
using Grader.Core.Tests.Grading;
using Grader.Grading;
using Grader.Reference;
using Grader.Reports;
using Grader.Running;
using Grader.Testing;

namespace Grader.Core.Tests.Running.Answers;

/// <summary>
/// Formula answers in answers.yaml graded for real: read, evaluated on every case, compared. A hostile
/// or malformed formula is an error for its own output only, never for the other output or problem.
/// </summary>
[NonParallelizable]
public sealed class FormulaAnswerTests
{
    private const string GoodDZ = "dZ: (softmax(Z, axis=1) - onehot(y, K)) / N";

    private static readonly GradingPlan Plan = SubmissionFolder.Plan("softmax-ce", "elastic-net");
    private SubmissionFolder _folder = null!;

    [SetUp]
    public void MakeFolder() => _folder = new SubmissionFolder("formula-answers-");

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public async Task Grade_FormulasInBothSyntaxes_PassEveryCase()
    {
        // Given
        var report = await Grade($"softmax-ce:\n  loss: -mean(pick(log_softmax(Z, axis=1), y))\n  {GoodDZ}\nelastic-net:\n  dW: $\\lambda_1 \\operatorname{{sign}}(W) + 2\\lambda_2 W$\n");

        // Then every case counts, hidden ones included
        var softmax = report.Problems.Single(p => p.ProblemId == "softmax-ce");
        Assert.That(softmax.Status, Is.EqualTo(ProblemStatus.Passed));
        Assert.That(softmax.IsAnswers, Is.False);
        Assert.That(softmax.Cases.Count(c => c.Hidden), Is.GreaterThan(0));
        Assert.That(report.Problems.Single(p => p.ProblemId == "elastic-net").Formulas.Single().ReadAs, Is.EqualTo("l1 * sign(W) + 2 * l2 * W"));
    }

    [TestCase("dZ: $\\frac{1}{N}(\\psi - \\Delta_i)$", "\\psi is a function")]
    [TestCase("dZ: grad(J, Z)", "may not use 'grad'")]
    [TestCase("dZ: detach(softmax(Z, axis=1))", "may not use 'detach'")]
    [TestCase("dZ: J * Z", "'J' is what an output")]
    [TestCase("dZ: $J \\cdot Z$", "unknown symbol J")]
    [TestCase("dZ: $\\frac{1}{N}(\\psi(z_i^{(3)}) - \\Delta_i$", "is not closed")]
    [TestCase("dZ: softmax(Q)", "Q")]
    [TestCase("dZ: Z @ Z", "")]
    [TestCase("dZ: import os", "")]
    public async Task Grade_MalformedDZ_ErrorForDZOnly(string dZ, string expected)
    {
        // Given a right loss beside a malformed dZ
        var report = await Grade($"softmax-ce:\n  loss: -mean(pick(log_softmax(Z, axis=1), y))\n  {dZ}\n");

        // Then
        var problem = report.Problems.Single(p => p.ProblemId == "softmax-ce");
        var formula = problem.Formulas.Single(f => f.Output == "dZ");
        var error = formula.Error ?? string.Join("\n", problem.Cases[0].OutputProblems);
        Assert.That(error, Does.StartWith("answers.yaml:3:").Or.Contain("answers.yaml:3:"));
        Assert.That(error, Does.Contain(expected));
        Assert.That(problem.Cases.All(c => c.Outputs.Single(o => o.Name == "loss").Passed), Is.True);
        Assert.That(problem.Score, Is.EqualTo(problem.MaxScore / 2).Within(1e-9));
        if (formula.Error is not null)
        {
            // The formula's own error says what is wrong; it is not an output the student forgot.
            Assert.That(problem.Diagnoses.Where(d => d.Output == "dZ").Select(d => d.Id), Is.EqualTo(new[] { "formula-unreadable" }));
            Assert.That(problem.Feedback, Does.StartWith("The formula for dZ could not be read"));
        }
        else
        {
            // Nothing "returned" an answer written in answers.yaml.
            Assert.That(problem.Feedback, Does.Not.Contain("returned").And.Contain("has an answer Grader could not use"));
        }
    }

    [Test]
    public async Task Grade_PerExampleFormulaForABatchOutput_SaysWhichSumIsMissing()
    {
        // Given the loss of one example, as a derivation writes it, without the sum over the batch
        var report = await Grade($"softmax-ce:\n  loss: $-\\frac{{1}}{{N}} \\log \\psi(z^{{(3)}}_i)_{{y_i}}$\n  {GoodDZ}\n");

        // Then: not only the shapes, but the sum it lacks
        var loss = report.Problems[0].Diagnoses.Single(d => d.Output == "loss");
        Assert.That(loss.Id, Is.EqualTo("wrong-shape"));
        Assert.That(loss.Message, Does.Contain("written for each example i").And.Contain("sum it over i"));
    }

    [Test]
    public async Task Grade_OutputLeftOutOfAnswersYaml_IsMissingFromTheAnswers()
    {
        // Given dZ as a formula and no loss
        var report = await Grade($"softmax-ce:\n  {GoodDZ}\n");

        // Then: no function "returned" anything
        Assert.That(report.Problems[0].Diagnoses.Single(d => d.Output == "loss").Message, Is.EqualTo("loss is missing from your answers in answers.yaml: give it as numbers or as a formula."));
    }

    [Test]
    public async Task Grade_HostileFormulas_EachAnErrorAtItsPlace()
    {
        // Given formulas past the bounds: too long, too deep
        var longFormula = "Z" + string.Concat(Enumerable.Repeat(" + Z", 600));
        var deep = new string('(', 200) + "Z" + new string(')', 200);

        // When
        var tooLong = await Grade($"softmax-ce:\n  {GoodDZ}\n  loss: {longFormula}\n");
        var tooDeep = await Grade($"softmax-ce:\n  {GoodDZ}\n  loss: {deep}\n");

        // Then
        Assert.That(tooLong.Problems[0].Formulas.Single(f => f.Output == "loss").Error, Does.StartWith("answers.yaml:3:2009: error: the formula is 2401 characters long"));
        Assert.That(tooDeep.Problems[0].Formulas.Single(f => f.Output == "loss").Error, Does.Contain("nests more than 40 levels"));
        Assert.That(tooDeep.Problems[0].Cases.All(c => c.Outputs.Single(o => o.Name == "dZ").Passed), Is.True);
    }

    [TestCase("dZ: '(softmax(Z, axis=1) - onehot(y, K)) / N + Q'", "answers.yaml:3:50:")]
    [TestCase("dZ: |\n    (softmax(Z, axis=1) - onehot(y, K)) / N\n    + Q", "answers.yaml:5:5:")]
    [TestCase("dZ: \"$\\\\frac{1}{N}(\\\\psi(z_i^{(3)}) - Q)$\"", "answers.yaml:3:")]
    public async Task Grade_QuotedOrBlockFormula_ErrorAtItsPlaceInTheFile(string dZ, string location)
    {
        // Given an unknown name Q at the end of a quoted formula, or a numpy-like formula broken over lines (one line only, as in the model language)
        var report = await Grade($"softmax-ce:\n  loss: -mean(pick(log_softmax(Z, axis=1), y))\n  {dZ}\n");

        // Then
        var error = report.Problems.Single(p => p.ProblemId == "softmax-ce").Formulas.Single(f => f.Output == "dZ").Error;
        Assert.That(error, Does.StartWith(location));
        Assert.That(error, Does.Contain("Q"));
    }

    [Test]
    public async Task Render_FormulaWithTerminalControls_IsInert()
    {
        // Given a formula carrying an escape sequence and a Markdown link
        var report = await Grade("softmax-ce:\n  dZ: \"[x](http://evil) \\e[31m softmax(Z)\"\n");

        // When
        var md = ReportFormats.Get("md").Render(report);

        // Then
        // (ordinal: a culture-aware search ignores control characters and would find one anywhere)
        Assert.That(md.Contains('\u001b', StringComparison.Ordinal), Is.False);
        Assert.That(md, Does.Contain("- dZ: `[x](http://evil) \\x1b[31m softmax(Z)`"));
    }

    [Test]
    public async Task Grade_TypedNumbers_StillThePublicCaseOnly()
    {
        // Given the public case's numbers typed
        var report = await Grade("softmax-ce:\n  loss: 0.26757\n  dZ:\n    - [0.11561, -0.18573, 0.070122]\n    - [0.025632, 0.0085321, -0.034164]\n");

        // Then
        var problem = report.Problems.Single(p => p.ProblemId == "softmax-ce");
        Assert.That(problem.IsAnswers, Is.True);
        Assert.That(problem.Status, Is.EqualTo(ProblemStatus.Passed));
        Assert.That(problem.Formulas, Is.Empty);
    }

    [Test]
    public async Task Render_FormulaAnswer_FeedbackShowsWrittenAndRead()
    {
        // Given
        var report = await Grade("softmax-ce:\n  loss: -mean(pick(log_softmax(Z, axis=1), y))\n  dZ: $\\frac{1}{N} (\\psi(z_i^{(3)}) - 1)$\n");

        // When
        var md = ReportFormats.Get("md").Render(report);
        var json = ReportFormats.Get("json").Render(report);

        // Then
        Assert.That(md, Does.Contain("read as `1 / N * (softmax(Z) - 1)`"));
        Assert.That(md, Does.Contain("softmax-minus-one"));
        Assert.That(json, Does.Contain("\"read_as\": \"1 / N * (softmax(Z) - 1)\""));
    }

    private async Task<Grader.Reports.ScoreReport> Grade(string answers)
    {
        await _folder.Write("answers.yaml", answers);
        return await _folder.Grade(Plan);
    }
}
