using System.Text.Json;
using System.Xml.Linq;
using Grader.Reports;

namespace Grader.Core.Tests.Reports;

/// <summary>
/// A formula answer is student text in every report that shows it: given formulas carrying
/// <see cref="HostileText.FormulaPayload"/> (terminal escapes, Spectre markup, HTML, a Markdown link,
/// the end of a CDATA section), as written, as read and in the error, nothing in them acts and the
/// text is still there to read.
/// </summary>
public sealed partial class InertOutputTests
{
    /// <summary>The payload on one line, as a plain-text format shows a formula: its line breaks and controls made visible.</summary>
    private static readonly string OneLine = InertText.Escape(HostileText.FormulaPayload);

    /// <summary>The payload's first line, as an error's first line holds it (the error keeps its lines).</summary>
    private static readonly string FirstLine = HostileText.FormulaPayload.Split('\n')[0];

    [Test]
    public void Table_HostileFormula_EscapesControlsAndIgnoresMarkup()
    {
        // Given formulas that carry the payload
        var report = HostileText.FormulaReport();

        // When it is rendered as a table on a fixed-width console
        var text = new TableReport(width: 120).Render(report);

        // Then no control reaches the terminal, markup is shown as written, and no line starts with the forged total
        Assert.Multiple(() =>
        {
            Assert.That(HostileText.ActiveIn(text), Is.Empty);
            Assert.That(text, Does.Contain(FormulaText.Heading));
            Assert.That(text, Does.Contain("- loss: hw[1] [red]x[/] <script>alert(1)</script>"));
            Assert.That(text, Does.Contain("  read as mean(Z) hw[1] [red]x[/]"));
            Assert.That(text, Does.Contain(@"\x1b]0;pwned\x07\x1b[2J\r155 / 155"));
            Assert.That(text.Split('\n'), Has.None.Match(@"^\W*155 / 155").And.None.StartWith("# heading"));
        });
    }

    [Test]
    public void Markdown_HostileFormula_NothingOutsideCodeActs()
    {
        // Given formulas that carry the payload
        var report = HostileText.FormulaReport();

        // When the student's feedback.md is written
        var md = new MarkdownReport().Render(report);

        // Then nothing outside code acts, and each formula is whole in its code span
        var (prose, _) = AssertNothingOutsideCodeActs(md);
        var written = prose.Split('\n').Single(l => l.StartsWith("- loss: ", StringComparison.Ordinal));
        Assert.That(FirstCodeSpan(written), Is.EqualTo(OneLine));
    }

    [Test]
    public void Gradescope_HostileFormula_ParsedOutputsHoldNoControlsOrMarkup()
    {
        // Given formulas that carry the payload
        var report = HostileText.FormulaReport();

        // When results.json is written and read back as Gradescope does
        var text = new GradescopeReport().Render(report);
        using var document = JsonDocument.Parse(text);

        // Then neither the file nor any test's output text (as the student sees it) holds a control or raw HTML, and the formulas are there to read
        var outputs = document.RootElement.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("output").GetString()!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("<script").And.Not.Contain("-->"));
            Assert.That(HostileText.ActiveIn(text.Replace("\n", "", StringComparison.Ordinal)), Is.Empty);
            Assert.That(outputs.Select(HostileText.ActiveIn), Has.All.Empty);
            Assert.That(outputs[0], Does.Contain(FormulaText.Heading).And.Contain("- loss: " + OneLine));
            Assert.That(outputs[0], Does.Contain("    answers.yaml:3:7: error: " + FirstLine + "\n    # heading\n"));
        });
    }

    [Test]
    public void JUnit_HostileFormula_IsWellFormedXmlWithVisibleEscapes()
    {
        // Given formulas that carry the payload, ']]>' included
        var report = HostileText.FormulaReport();

        // When junit.xml is written
        var xml = new JUnitReport().Render(report);

        // Then it parses, holds no control, no raw markup or end of CDATA, and the first testcase's system-out shows the formulas
        var document = XDocument.Parse(xml);
        var printed = document.Descendants("testcase").First().Element("system-out")!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(HostileText.ActiveIn(xml), Is.Empty);
            Assert.That(xml, Does.Not.Contain("<script").And.Not.Contain("]]>"));
            Assert.That(document.Descendants().Select(e => e.Name.LocalName).Distinct(),
                Is.SubsetOf(new[] { "testsuites", "testsuite", "properties", "property", "testcase", "failure", "error", "skipped", "system-out" }));
            Assert.That(HostileText.ActiveIn(printed), Is.Empty);
            Assert.That(printed, Does.Contain(FormulaText.Heading).And.Contain("  read as mean(Z) " + OneLine));
            Assert.That(printed, Does.Contain(" ]]> $x$"));
        });
    }
}
