using System.Text.Json;
using Grader.Checking;
using Grader.Reports;
using Grader.Running;
using Grader.Running.Exceptions;
using static Grader.Core.Tests.Checking.Fixtures;

namespace Grader.Core.Tests.Reports;

/// <summary>
/// What each report shows of exceptions on hidden cases: the student's outputs (feedback.md,
/// Gradescope's visible and hidden-case tests) the type, the line of their code and the scrubbed
/// message; the instructor's report.json every case's whole traceback.
/// </summary>
public sealed class ExceptionReportsTests
{
    /// <summary>What the hidden cases' tracebacks hold and no student may read.</summary>
    private const string HiddenTraceback = "Traceback (most recent call last):\n  File \"/submission/solutions.py\", line 12, in toy_network_gradients\n    dW1 = X.T @ delta\n"
        + "ValueError: operands could not be broadcast together with shapes (7,3) (7,5)";

    private static readonly ExceptionSummary Broadcast = new(
        "ValueError", "operands could not be broadcast together with shapes (…,…) (…,…)", new StudentFrame("solutions.py", 12, null, "dW1 = X.T @ delta"));

    private static ScoreReport RaisingReport()
    {
        var problem = ToyNetwork();
        var submission = new ProblemSubmission(problem.ProblemId, "python: solutions.py:9", false, null,
        [
            Returned(Named(problem, "public"), ToyPublic),
            .. problem.Cases.Skip(1).Select(c => Ended(c, CaseOutcome.Exception, "raised ValueError: operands could not be broadcast together with shapes (7,3) (7,5) in " + c.Name, HiddenTraceback)
                with { Exception = Broadcast }),
        ]);
        return new ScoreReport("dave", [ProblemGrader.Grade(problem, submission)], [], TimeSpan.FromSeconds(1)) { GradedAt = ReportFixtures.GradedAt };
    }

    [Test]
    public void Markdown_HiddenCasesRaised_GroupsThemWithTheStudentsLineAndNoHiddenNumber()
    {
        // Given a submission whose three hidden cases raised the same ValueError at solutions.py:12
        var report = RaisingReport();

        // When feedback.md is written
        var md = new MarkdownReport().Render(report);

        // Then the group is told once in code spans, each case names type and line, and nothing of the tracebacks is there
        Assert.Multiple(() =>
        {
            Assert.That(md, Does.Contain(RaisedFeedback.HiddenHeading));
            Assert.That(md, Does.Contain("- raised ValueError at `solutions.py:12` (`dW1 = X.T @ delta`) on 3 of 3 hidden cases: operands could not be broadcast together with shapes (…,…) (…,…)\n"));
            Assert.That(md, Does.Contain("- hidden case 2: raised ValueError at `solutions.py:12`\n"));
            Assert.That(md, Does.Not.Contain("(7,3)").And.Not.Contain("Traceback").And.Not.Contain("/submission/"));
        });
    }

    [Test]
    public void Gradescope_HiddenCasesRaised_EachTestTellsTheExceptionAndOnlyTheInstructorsTestTheTraceback()
    {
        // Given the same submission
        var report = RaisingReport();

        // When results.json is written
        using var json = JsonDocument.Parse(new GradescopeReport().Render(report));

        // Then the hidden cases' tests name type, line and scrubbed message; the tracebacks are in the hidden instructor test only
        var tests = json.RootElement.GetProperty("tests").EnumerateArray().ToList();
        var hiddenCase = tests.Single(t => t.GetProperty("name").GetString() == "toy-network: hidden case 1");
        var instructor = tests.Single(t => t.GetProperty("name").GetString()!.Contains("instructor only", StringComparison.Ordinal));
        var studentText = string.Join("\n", tests.Where(t => t.GetProperty("visibility").GetString() != "hidden").Select(t => t.GetProperty("output").GetString()))
            + json.RootElement.GetProperty("output").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(hiddenCase.GetProperty("output").GetString(), Is.EqualTo(
                "Your code raised ValueError at solutions.py:12 (`dW1 = X.T @ delta`): operands could not be broadcast together with shapes (…,…) (…,…)"));
            Assert.That(instructor.GetProperty("output").GetString(), Does.Contain("(7,3) (7,5)"));
            Assert.That(studentText, Does.Not.Contain("(7,3)"));
        });
    }

    [Test]
    public void Json_HiddenCasesRaised_KeepsEveryCasesWholeTraceback()
    {
        // Given the same submission
        var report = RaisingReport();

        // When the instructor's report.json is written
        using var json = JsonDocument.Parse(new JsonReport().Render(report));

        // Then every hidden case carries its traceback as the worker sent it
        var tracebacks = json.RootElement.GetProperty("problems")[0].GetProperty("cases").EnumerateArray()
            .Where(c => c.GetProperty("hidden").GetBoolean()).Select(c => c.GetProperty("traceback").GetString()).ToList();
        Assert.That(tracebacks, Is.EqualTo(Enumerable.Repeat(HiddenTraceback, 3)));
    }
}
