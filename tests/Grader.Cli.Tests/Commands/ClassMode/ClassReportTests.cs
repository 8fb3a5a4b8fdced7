using System.Diagnostics;
using System.Text.RegularExpressions;
using Grader.Checking;
using Grader.Class.Reports;
using Grader.Testing;

namespace Grader.Cli.Tests.Commands.ClassMode;

/// <summary>summary.md and report.html of a small class with mistakes and a submission that hangs.</summary>
[TestFixture]
internal sealed class ClassReportTests
{
    private GeneratedClass _class = null!;
    private string _output = null!;

    [OneTimeSetUp]
    public async Task GradeAClassWithMistakes()
    {
        _class = GeneratedClass.Create(10);
        _class.AddHanging("student-011");
        _output = _class.Out("out");
        var run = await CliRun.Run(_class.Root, GradeClassTests.Grade(_class.Submissions, _output, "--timeout", "1s"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
    }

    [OneTimeTearDown]
    public void RemoveTheClass() => _class.Dispose();

    [Test]
    public Task Grade_ClassWithMistakes_SummaryMatchesSnapshot() =>
        Snapshot.Verify(Snapshot.Scrub(File.ReadAllText(Path.Combine(_output, "summary.md"))), "md");

    [Test]
    public void Grade_ClassWithMistakes_SummaryCountsEachDiagnosisOnce()
    {
        // Given the class of 11: 3 correct, 7 with one mistake (two of them the same), one that hangs
        // When the summary is read
        var summary = File.ReadAllText(Path.Combine(_output, "summary.md"));

        // Then the pass rates, diagnoses and timeout are counted per student
        Assert.That(summary, Does.Contain("11 submission(s)"));
        Assert.That(summary, Does.Contain("| toy-network | 3 / 11 | 27.3% | 8 |"));
        Assert.That(summary, Does.Contain("| softmax-ce | 3 / 11 | 27.3% | 6 |"));
        Assert.That(summary, Does.Contain("| `scaled` | 2 |"));
        Assert.That(summary, Does.Contain("- student-011: toy-network (timeout)"));
    }

    [Test]
    public void Grade_ClassWithMistakes_HtmlReportIsSelfContained()
    {
        // Given the class's report.html
        var html = File.ReadAllText(Path.Combine(_output, "report.html"));

        // Then it has the charts and counts inline, and nothing that loads from elsewhere
        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(html, Does.Contain("<svg").And.Contain("aria-label=\"Score histogram\""));
        Assert.That(html, Does.Contain("toy-network: 3 of 11 passed"));
        Assert.That(html, Does.Contain("<code>relu-mask-missing</code></td><td class=\"n\">1</td>"));
        Assert.That(html, Does.Contain("student-011: <code>toy-network</code> (timeout)"));
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("src=").And.Not.Contain("href=").And.Not.Contain("@import"));
    }

    /// <summary>
    /// The page as headless Chromium renders it, offline: the check script passes, and the DOM Chromium
    /// built shows the histogram's bars, a pass-rate bar per problem, and every problem's diagnosis
    /// table. ./grader test installs Debian's chromium (scripts/prerequisites.sh --test) and then
    /// requires it, CI included; a bare dotnet test skips this where chromium is missing.
    /// </summary>
    [Test]
    public void Grade_ClassWithMistakes_HtmlReportRendersInHeadlessChromium()
    {
        // Given chromium
        RequireChromium();
        var screenshot = Path.Combine(_class.Root, "report.png");
        var dom = Path.Combine(_class.Root, "report.dom.html");

        // When the check script renders the report
        var (exit, error) = CheckReport(_output, screenshot, dom);

        // Then it passes the self-containment check, draws a page, and the rendered DOM shows every part
        Assert.That(exit, Is.Zero, error);
        Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000));
        var rendered = File.ReadAllText(dom);
        Assert.That(Bars(rendered, "Score histogram"), Is.Not.Empty, "the histogram's bars");
        Assert.That(Bars(rendered, "Pass rate per problem"), Is.SupersetOf(new[] { "toy-network: 3 of 11 passed", "softmax-ce: 3 of 11 passed" }));
        foreach (var problem in new[] { "toy-network", "softmax-ce" })
        {
            Assert.That(rendered, Does.Match($"<h3><code>{problem}</code></h3>\\s*<table>\\s*<tbody><tr><th>Diagnosis</th>"), $"{problem}'s diagnosis table");
        }
    }

    /// <summary>The same check fails a page whose histogram is gone: it looks at what is drawn, not only that something is.</summary>
    [Test]
    public void Grade_ReportWithoutItsHistogram_FailsTheChromiumCheck()
    {
        // Given the class's report with its histogram's bars removed
        RequireChromium();
        var broken = Path.Combine(_class.Root, "broken");
        Directory.CreateDirectory(broken);
        var html = File.ReadAllText(Path.Combine(_output, "report.html"));
        var histogram = Regex.Match(html, "<svg[^>]*aria-label=\"Score histogram\".*?</svg>", RegexOptions.Singleline);
        Assert.That(histogram.Success, Is.True);
        File.WriteAllText(Path.Combine(broken, "report.html"), html.Remove(histogram.Index, histogram.Length));

        // When the check script renders it
        var (exit, error) = CheckReport(broken, Path.Combine(broken, "report.png"), Path.Combine(broken, "report.dom.html"));

        // Then it fails, naming the chart
        Assert.That(exit, Is.Not.Zero);
        Assert.That(error, Does.Contain("no bars in its chart 'Score histogram'"));
        Assert.That(Bars(File.ReadAllText(Path.Combine(broken, "report.dom.html")), "Score histogram"), Is.Empty);
    }

    /// <summary>
    /// A class with a training problem: each run's held-out accuracy histogram is drawn, and the check
    /// script fails a page where one of them lost its bars.
    /// </summary>
    [Test]
    public void Render_ClassWithTrainingRuns_AccuracyChartsPassTheChromiumCheck()
    {
        // Given the report of a class whose cancer-logistic-l2 has two runs
        RequireChromium();
        var summary = new ClassSummary(["cancer-logistic-l2"]);
        foreach (var (name, weak, strong) in new[] { ("a", 0.958, 0.887), ("b", 0.93, 0.80), ("c", 0.37, 0.5) })
        {
            summary.Add(new CompletionRecord(name, "f", "s", "v", DateTimeOffset.UnixEpoch, 5, 10, 0,
                [new ProblemOutcome("cancer-logistic-l2", 5, 10, ProblemStatus.Partial, []) { Runs = [new("weak", weak, weak >= 0.93), new("strong", strong, strong >= 0.86)] }]));
        }

        var good = Path.Combine(_class.Root, "accuracy");
        var broken = Path.Combine(_class.Root, "accuracy-broken");
        Directory.CreateDirectory(good);
        Directory.CreateDirectory(broken);
        var html = new HtmlClassReport().Render(summary);
        File.WriteAllText(Path.Combine(good, "report.html"), html);
        var chart = Regex.Match(html, "<svg[^>]*aria-label=\"Held-out accuracy: cancer-logistic-l2, run strong\".*?</svg>", RegexOptions.Singleline);
        Assert.That(chart.Success, Is.True);
        File.WriteAllText(Path.Combine(broken, "report.html"), html.Replace(chart.Value, Regex.Replace(chart.Value, "<rect[^>]*><title>[^<]*</title></rect>", ""), StringComparison.Ordinal));

        // When the check script renders both
        var (exit, error) = CheckReport(good, Path.Combine(good, "report.png"), Path.Combine(good, "report.dom.html"));
        var (brokenExit, brokenError) = CheckReport(broken, Path.Combine(broken, "report.png"), Path.Combine(broken, "report.dom.html"));

        // Then the whole page passes with every run's bars drawn, and the page without one run's bars fails, naming it
        Assert.That(exit, Is.Zero, error);
        var rendered = File.ReadAllText(Path.Combine(good, "report.dom.html"));
        Assert.That(Bars(rendered, "Held-out accuracy: cancer-logistic-l2, run weak"), Has.Count.EqualTo(11).And.Contains("95–100%: 1"));
        Assert.That(Bars(rendered, "Held-out accuracy: cancer-logistic-l2, run strong"), Contains.Item("85–90%: 1"));
        Assert.That(brokenExit, Is.Not.Zero);
        Assert.That(brokenError, Does.Contain("no bars in its chart 'Held-out accuracy: cancer-logistic-l2, run strong'"));
    }

    private static void RequireChromium()
    {
        if (Environment.GetEnvironmentVariable("GRADER_TEST_PREREQUISITES") == "1")
        {
            Assert.That(File.Exists("/usr/bin/chromium"), Is.True, "./grader test installs chromium (scripts/prerequisites.sh --test)");
        }

        Assume.That(File.Exists("/usr/bin/chromium"), "chromium is not installed: ./grader test installs it, or sudo apt-get install chromium");
    }

    private static (int Exit, string Error) CheckReport(string folder, string screenshot, string dom)
    {
        var start = new ProcessStartInfo(Path.Combine(CliRun.Repository, "scripts", "check-report-html.sh"), [folder, screenshot, dom])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }

    /// <summary>The titles of a chart's bars in the rendered DOM (a bar is a rect with a title).</summary>
    private static List<string> Bars(string dom, string chart)
    {
        var svg = Regex.Match(dom, $"<svg[^>]*aria-label=\"{chart}\".*?</svg>", RegexOptions.Singleline);
        return svg.Success ? [.. Regex.Matches(svg.Value, "<rect[^>]*><title>([^<]*)</title>").Select(m => m.Groups[1].Value)] : [];
    }
}
