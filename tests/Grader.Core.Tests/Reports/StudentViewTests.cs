using System.Text.Json;
using Grader.Checking;
using Grader.Core.Tests.Checking;
using Grader.Reports;
using Grader.Running;
using Grader.Values;
using static Grader.Core.Tests.Checking.Fixtures;

namespace Grader.Core.Tests.Reports;

/// <summary>What a student sees when the public case itself goes wrong.</summary>
public sealed class StudentViewTests
{
    private static ScoreReport PublicFailures(bool publicOnly = false)
    {
        var problem = ToyNetwork();
        var exception = new ProblemSubmission(problem.ProblemId, "python: hw2.py", false, null,
        [
            Ended(Named(problem, "public"), CaseOutcome.Exception, "NameError: name 'np' is not defined",
                "Traceback (most recent call last):\n  File \"hw2.py\", line 3, in toy_network_gradients\nNameError: name 'np' is not defined"),
        ]);
        var softmax = SoftmaxCe();
        var badReturn = new ProblemSubmission(softmax.ProblemId, "csharp: Gradients.cs", false, null,
            [new CaseRun(Named(softmax, "public"), CaseOutcome.BadReturn, null, ["dZ: a string where an array was expected"], "returned 3 values, expected 2", null, "", TimeSpan.Zero)]);
        return new ScoreReport(
            "carol",
            [ProblemGrader.Grade(problem, exception, publicOnly), ProblemGrader.Grade(softmax, badReturn, publicOnly)],
            [],
            TimeSpan.FromSeconds(1))
        {
            PublicOnly = publicOnly,
        };
    }

    [Test]
    public void Markdown_ExceptionOnThePublicCase_ShowsTheTraceback()
    {
        var text = new MarkdownReport().Render(PublicFailures());

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Your code raised an exception.\n\n```text\nTraceback (most recent call last):"));
            Assert.That(text, Does.Contain("- dZ: a string where an array was expected"));
            Assert.That(text, Does.Contain("| toy-network | error | 0 / 20 | raised an exception on the public case: NameError: name 'np' is not defined |"));
        });
    }

    [Test]
    public void Gradescope_ExceptionOnThePublicCase_ShowsTheTracebackInTheVisibleTest()
    {
        using var document = JsonDocument.Parse(new GradescopeReport().Render(PublicFailures()));

        var first = document.RootElement.GetProperty("tests")[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("visibility").GetString(), Is.EqualTo("visible"));
            Assert.That(first.GetProperty("output").GetString(), Does.Contain("NameError: name 'np' is not defined"));
        });
    }

    [Test]
    public void Markdown_PublicOnly_SaysHiddenCasesWereNotRun()
    {
        var text = new MarkdownReport().Render(PublicFailures(publicOnly: true));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("**Score: 0 / 35** (public cases only: hidden cases were not run)"));
            Assert.That(text, Does.Not.Contain("Hidden cases"));
        });
    }

    [Test]
    public void Markdown_LongValues_AreCutShort()
    {
        var problem = Problem("big", 1, [Case("public", false, Outputs(("W", Random(3, 40, 40))))]);
        var score = ProblemGrader.Grade(problem, Code(problem, _ => Outputs(("W", Tensor.Zeros(40, 40)))));

        var text = new MarkdownReport().Render(new ScoreReport("dave", [score], [], TimeSpan.Zero));

        Assert.That(text.Split('\n').Max(l => l.Length), Is.LessThan(700));
    }
}
