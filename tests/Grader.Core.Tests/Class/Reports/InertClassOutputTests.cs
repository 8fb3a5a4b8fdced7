using System.Text.RegularExpressions;
using Grader.Checking;
using Grader.Class.Reports;
using Grader.Core.Tests.Reports;
using Grader.Core.Tests.Running;
using Grader.Values;

namespace Grader.Core.Tests.Class.Reports;

/// <summary>The class files (summary.md, report.html, gradebook.csv) of a class whose names and messages carry <see cref="HostileText.Payload"/>.</summary>
public sealed partial class InertClassOutputTests
{
    private static CompletionRecord Hostile(string name, ProblemStatus status) => new(
        name, "f", "s", "v", DateTimeOffset.UnixEpoch, 0, 20, 1,
        [new ProblemOutcome("toy-network", 0, 20, status, [new DiagnosisSeen("scaled", "message " + HostileText.Payload)])]);

    private static ClassSummary Summary()
    {
        var summary = new ClassSummary(["toy-network"]);
        summary.Add(Hostile("bob " + HostileText.Payload, ProblemStatus.Timeout));
        summary.Add(Hostile("carol", ProblemStatus.Limit));
        return summary;
    }

    [Test]
    public void SummaryMarkdown_HostileNames_NothingOutsideCodeActs()
    {
        // Given a class whose student timed out under a hostile name, with a hostile diagnosis message
        var summary = Summary();

        // When summary.md is written
        var md = new SummaryMarkdown().Render(summary);

        // Then no control, raw HTML, link, injected heading or extra table cell, and every table keeps its columns
        Assert.That(HostileText.ActiveIn(md), Is.Empty);
        var (prose, blocks) = InertOutputTests.SplitFences(md);
        var text = string.Join("\n", prose.Split('\n').Select(InertOutputTests.WithoutCodeSpans));
        Assert.Multiple(() =>
        {
            Assert.That(blocks, Is.Empty);
            Assert.That(text, Does.Not.Match(@"(?<!\\)<").And.Not.Match(@"(?<!\\)\]\("));
            Assert.That(text.Split('\n'), Has.None.StartsWith("# heading").And.None.StartsWith("-->"));
            foreach (var table in InertOutputTests.Tables(text))
            {
                Assert.That(table.Select(InertOutputTests.CountCells).Distinct().Count(), Is.EqualTo(1), string.Join("\n", table));
            }

            Assert.That(md, Does.Contain(@"- bob hw[1] [red]x[/] \<script>alert(1)\</script> [click\](javascript:alert(1))"));
        });
    }

    [Test]
    public void HtmlClassReport_HostileNames_OnlyOurOwnElementsAndNoControls()
    {
        // Given the same class
        var summary = Summary();

        // When report.html is written
        var html = new HtmlClassReport().Render(summary);

        // Then the page holds only the elements the report writes, no script, no link, no control, and the name as text
        var elements = Tag().Matches(html).Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct();
        Assert.Multiple(() =>
        {
            Assert.That(HostileText.ActiveIn(html.Replace("\n", "", StringComparison.Ordinal)), Is.Empty);
            Assert.That(elements, Is.SubsetOf(new[]
            {
                "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "svg", "line", "rect", "text",
                "ul", "li", "code", "table", "tr", "th", "td",
            }));
            Assert.That(html, Does.Not.Contain("javascript:\"").And.Not.Contain("href").And.Not.Contain("-->"));
            Assert.That(html, Does.Contain("bob hw[1] [red]x[/] &lt;script&gt;alert(1)&lt;/script&gt;").And.Contain(@"\x1b]0;pwned\x07"));
        });
    }

    [TestCase("=HYPERLINK(\"http://evil\",\"x\")")]
    [TestCase("+1+cmd|' /C calc'!A0")]
    [TestCase("-2+3")]
    [TestCase("@SUM(A1)")]
    [TestCase("\tTAB")]
    [TestCase("\rCR")]
    public void ClassGradebook_FormulaName_StartsWithAQuoteAndScoresStayNumbers(string name)
    {
        // Given a student whose name a spreadsheet would read as a formula
        using var writer = new StringWriter();
        var gradebook = new ClassGradebook(["toy-network"], writer);

        // When the gradebook is written
        gradebook.WriteHeader();
        gradebook.WriteRow(Hostile(name, ProblemStatus.Failed) with { Score = 12.5, Problems = [new ProblemOutcome("toy-network", 12.5, 20, ProblemStatus.Partial, [])] });
        var rows = CsvGradebookTests.ParseCsv(writer.ToString());

        // Then the name cell starts with a quote (OWASP), its controls shown as escapes, and parses back
        // whole; the numbers are numbers
        Assert.That(rows[1], Is.EqualTo(new[] { "'" + name.Replace("\t", "\\t").Replace("\r", "\\r"), "12.5", "12.5" }));
    }

    [GeneratedRegex(@"<([!a-zA-Z][a-zA-Z0-9]*)")]
    private static partial Regex Tag();
}
