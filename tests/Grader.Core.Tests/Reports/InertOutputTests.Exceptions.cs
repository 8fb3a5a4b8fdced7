using System.Text.Json;
using Grader.Checking;
using Grader.Reports;
using Grader.Running;
using Grader.Running.Exceptions;
using static Grader.Core.Tests.Checking.Fixtures;

namespace Grader.Core.Tests.Reports;

/// <summary>
/// An exception's type, message and quoted line are student text (a class can be named anything, a
/// message hold anything, a line of code anything): given them carrying <see cref="HostileText.Payload"/>,
/// nothing acts in the reports that show them and the text is still there to read.
/// </summary>
public sealed partial class InertOutputTests
{
    private static ScoreReport HostileExceptionReport()
    {
        var problem = ToyNetwork();
        var hostile = new ExceptionSummary("Error" + HostileText.Payload, HostileText.Payload, new StudentFrame("hw.py", 3, null, HostileText.Payload));
        var submission = new ProblemSubmission(problem.ProblemId, "python: hw.py:1", false, null,
        [
            .. problem.Cases.Select(c => Ended(c, CaseOutcome.Exception, "raised: " + HostileText.Payload, "Traceback:\n" + HostileText.Payload) with { Exception = hostile }),
        ]);
        return new ScoreReport("erin", [ProblemGrader.Grade(problem, submission)], [], TimeSpan.FromSeconds(1)) { GradedAt = ReportFixtures.GradedAt };
    }

    [Test]
    public void Markdown_HostileException_NothingOutsideCodeActs()
    {
        // Given exceptions whose type, message and quoted line carry the payload
        var report = HostileExceptionReport();

        // When feedback.md is written
        var md = new MarkdownReport().Render(report);

        // Then nothing outside code acts; the type is inert text, the location and the quoted line whole in code spans
        var (prose, _) = AssertNothingOutsideCodeActs(md);
        var group = prose.Split('\n').Single(l => l.StartsWith("- raised Error", StringComparison.Ordinal));
        Assert.That(group, Does.StartWith(@"- raised Errorhw[1] [red]x[/] \<script>alert(1)\</script>")
            .And.Contain(" at `hw.py:3` (" + MarkdownText.CodeSpan(HostileText.Payload) + ") on 3 of 3 hidden cases: "));
    }

    [Test]
    public void Table_HostileException_EscapesControls()
    {
        // Given the same exceptions
        var report = HostileExceptionReport();

        // When the one-line feedback is shown on a terminal
        var text = new TableReport(width: 400).Render(report);

        // Then no control reaches the terminal and no line starts with the forged total
        Assert.Multiple(() =>
        {
            Assert.That(HostileText.ActiveIn(text), Is.Empty);
            Assert.That(text, Does.Contain("raised Errorhw[1] [red]x[/]"));
            Assert.That(text.Split('\n'), Has.None.Match(@"^\W*155 / 155"));
        });
    }

    [Test]
    public void Gradescope_HostileException_IsValidJsonWithNoRawMarkupOrControls()
    {
        // Given the same exceptions
        var text = new GradescopeReport().Render(HostileExceptionReport());

        // When results.json is read back, Then it parses, holds no raw control or HTML, and the text is there
        using var document = JsonDocument.Parse(text);
        Assert.Multiple(() =>
        {
            Assert.That(HostileText.ActiveIn(text.Replace("\n", "", StringComparison.Ordinal)), Is.Empty);
            Assert.That(text, Does.Not.Contain("<script"));
            Assert.That(document.RootElement.ToString(), Does.Contain("Your code raised Errorhw[1]"));
        });
    }
}
