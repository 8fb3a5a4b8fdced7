using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Grader.Reports;
using Grader.Values;

namespace Grader.Core.Tests.Reports;

/// <summary>
/// Every report format, given a submission whose name, messages, printed output and file names carry
/// <see cref="HostileText.Payload"/>: nothing in it acts (no terminal control, no markup, no HTML, no
/// link, no broken table or code block), and the text is still there to read.
/// </summary>
public sealed partial class InertOutputTests
{
    [Test]
    public void Table_HostileSubmission_EscapesControlsAndIgnoresMarkup()
    {
        // Given a submission named "bob hw[1] [red]x[/] …ESC]0;pwned BEL ESC[2J CR 155 / 155 …"
        var report = HostileText.Report();

        // When it is rendered as a table on a fixed-width console
        var text = new TableReport(width: 120).Render(report);

        // Then no control character reaches the terminal, the markup is shown as written, and the escapes are visible
        Assert.Multiple(() =>
        {
            Assert.That(HostileText.ActiveIn(text), Is.Empty);
            Assert.That(text, Does.Contain("hw[1] [red]x[/]"));
            Assert.That(text, Does.Contain(@"\x1b]0;pwned\x07\x1b[2J\r155 / 155"));
            Assert.That(text, Does.Contain(@"\u202eevil\x00"));
            Assert.That(text.Split('\n'), Has.None.Match(@"^\W*155 / 155"));
        });
    }

    [Test]
    public void Markdown_HostileSubmission_NothingOutsideCodeActs()
    {
        // Given the hostile submission
        var report = HostileText.Report();

        // When the student's feedback.md is written
        var md = new MarkdownReport().Render(report);

        // Then there are no controls; outside code blocks no raw HTML, link, heading or extra table cell; code blocks and spans hold the text whole
        var (prose, _) = AssertNothingOutsideCodeActs(md);
        var fileLine = prose.Split('\n').Single(l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains("SyntaxError", StringComparison.Ordinal));
        Assert.That(FirstCodeSpan(fileLine), Does.StartWith("hw[1] [red]x[/] <script>").And.Contain("`tick` ``` |"));
    }

    [Test]
    public void Json_HostileSubmission_ParsesBackWithNoRawMarkupOrControls()
    {
        // Given the hostile submission
        var report = HostileText.Report();

        // When report.json and Gradescope's results.json are written
        foreach (var format in new IReportFormat[] { new JsonReport(), new GradescopeReport() })
        {
            var text = format.Render(report);

            // Then each is valid JSON that gives the text back exactly, with '<', '>' and every control escaped
            using var document = JsonDocument.Parse(text);
            Assert.Multiple(() =>
            {
                Assert.That(HostileText.ActiveIn(text.Replace("\n", "", StringComparison.Ordinal)), Is.Empty, format.Name);
                Assert.That(text, Does.Not.Contain("<script").And.Not.Contain("-->"), format.Name);
                Assert.That(document.RootElement.ToString(), Does.Contain("alert(1)"), format.Name);
            });
        }

        using var json = JsonDocument.Parse(new JsonReport().Render(report));
        Assert.That(json.RootElement.GetProperty("submission").GetString(), Is.EqualTo("bob " + HostileText.Payload));
    }

    [Test]
    public void JUnit_HostileSubmission_IsWellFormedXmlWithVisibleEscapes()
    {
        // Given the hostile submission
        var report = HostileText.Report();

        // When junit.xml is written
        var xml = new JUnitReport().Render(report);

        // Then it parses, holds no control character, no element of the payload, and shows the escapes
        var document = XDocument.Parse(xml);
        Assert.Multiple(() =>
        {
            Assert.That(HostileText.ActiveIn(xml), Is.Empty);
            Assert.That(document.Descendants().Select(e => e.Name.LocalName).Distinct(),
                Is.SubsetOf(new[] { "testsuites", "testsuite", "properties", "property", "testcase", "failure", "error", "skipped", "system-out" }));
            Assert.That(document.Root!.Attribute("name")!.Value, Does.StartWith("bob hw[1] [red]x[/] <script>").And.Contain(@"\x1b]0;pwned\x07"));
            Assert.That(document.Descendants("testsuite").Last().Attribute("name")!.Value, Is.EqualTo("files"));
        });
    }

    [Test]
    public void Csv_HostileSubmission_KeepsOneRowPerSubmission()
    {
        // Given the hostile submission, whose name holds commas' cousins (quotes, CR, LF) and terminal escapes
        var report = HostileText.Report();

        // When the csv format is written
        var rows = CsvGradebookTests.ParseCsv(new CsvGradebook().Render(report));

        // Then it is one header and one row, and the name comes back whole, its controls shown as escapes
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[1][0], Is.EqualTo(InertText.Escape("bob " + HostileText.Payload)));
        Assert.That(rows[1][0].Any(InertText.IsActive), Is.False);
    }

    /// <summary>
    /// No controls in <paramref name="md"/>; outside code blocks no raw HTML, link, heading or extra table
    /// cell; the payload shown whole in a code block. Returns the text outside the blocks, and the blocks.
    /// </summary>
    internal static (string Prose, List<string> Blocks) AssertNothingOutsideCodeActs(string md)
    {
        Assert.That(HostileText.ActiveIn(md), Is.Empty);
        var (prose, blocks) = SplitFences(md);
        var text = string.Join("\n", prose.Split('\n').Select(WithoutCodeSpans));
        Assert.Multiple(() =>
        {
            Assert.That(UnescapedAngle().IsMatch(text), Is.False, text);
            Assert.That(UnescapedLink().IsMatch(text), Is.False, text);
            Assert.That(prose.Split('\n'), Has.None.StartsWith("# heading").And.None.StartsWith("-->"));
            foreach (var table in Tables(prose))
            {
                Assert.That(table.Select(CountCells).Distinct().Count(), Is.EqualTo(1), string.Join("\n", table));
            }

            Assert.That(blocks, Has.Some.Contains("<script>alert(1)</script>").And.Some.Contains("```"), "the payload is shown in a code block");
        });
        return (prose, blocks);
    }

    /// <summary>The text outside fenced code blocks, and the content of each block.</summary>
    internal static (string Prose, List<string> Blocks) SplitFences(string md)
    {
        var prose = new List<string>();
        var blocks = new List<string>();
        string? fence = null;
        var block = new List<string>();
        foreach (var line in md.Split('\n'))
        {
            if (fence is null && FenceOpen().Match(line) is { Success: true } open)
            {
                fence = open.Groups[1].Value;
            }
            else if (fence is not null && line.TrimEnd() == new string('`', line.TrimEnd().Length) && line.TrimEnd().Length >= fence.Length)
            {
                blocks.Add(string.Join("\n", block));
                block.Clear();
                fence = null;
            }
            else
            {
                (fence is null ? prose : block).Add(line);
            }
        }

        Assert.That(fence, Is.Null, "every code block is closed");
        return (string.Join("\n", prose), blocks);
    }

    /// <summary>The content of the first inline code span of a line (CommonMark: a run of n backticks up to the next run of exactly n).</summary>
    internal static string FirstCodeSpan(string line)
    {
        var open = Backticks().Match(line);
        var close = open.NextMatch();
        while (close.Success && close.Length != open.Length)
        {
            close = close.NextMatch();
        }

        Assert.That(close.Success, Is.True, "the code span is closed: " + line);
        var content = line[(open.Index + open.Length)..close.Index];
        return content.Length > 1 && content[0] == ' ' && content[^1] == ' ' ? content[1..^1] : content;
    }

    /// <summary>A line with each inline code span (inert by definition) replaced by "CODE".</summary>
    internal static string WithoutCodeSpans(string line)
    {
        var result = new System.Text.StringBuilder();
        var at = 0;
        for (var open = Backticks().Match(line); open.Success;)
        {
            var close = open.NextMatch();
            while (close.Success && close.Length != open.Length)
            {
                close = close.NextMatch();
            }

            if (!close.Success)
            {
                break;
            }

            result.Append(line, at, open.Index - at).Append("CODE");
            at = close.Index + close.Length;
            open = close.NextMatch();
        }

        return result.Append(line, at, line.Length - at).ToString();
    }

    internal static IEnumerable<List<string>> Tables(string prose)
    {
        var table = new List<string>();
        foreach (var line in prose.Split('\n').Append(string.Empty))
        {
            if (line.StartsWith('|'))
            {
                table.Add(line);
            }
            else if (table.Count > 0)
            {
                yield return table;
                table = [];
            }
        }
    }

    internal static int CountCells(string row) => UnescapedPipe().Matches(row).Count;

    [GeneratedRegex(@"^(`{3,})")]
    private static partial Regex FenceOpen();

    [GeneratedRegex("`+")]
    private static partial Regex Backticks();

    [GeneratedRegex(@"(?<!\\)<")]
    private static partial Regex UnescapedAngle();

    [GeneratedRegex(@"(?<!\\)\]\(")]
    private static partial Regex UnescapedLink();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
