using System.Diagnostics;
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
    /// The page renders offline. ./grader test installs Debian's chromium (scripts/prerequisites.sh --test)
    /// and then requires it; a bare dotnet test skips this where chromium is missing.
    /// </summary>
    [Test]
    public void Grade_ClassWithMistakes_HtmlReportRendersInHeadlessChromium()
    {
        // Given chromium
        if (Environment.GetEnvironmentVariable("GRADER_TEST_PREREQUISITES") == "1")
        {
            Assert.That(File.Exists("/usr/bin/chromium"), Is.True, "./grader test installs chromium (scripts/prerequisites.sh --test)");
        }

        Assume.That(File.Exists("/usr/bin/chromium"), "chromium is not installed: ./grader test installs it, or sudo apt-get install chromium");
        var screenshot = Path.Combine(_class.Root, "report.png");

        // When the check script renders the report
        var start = new ProcessStartInfo(Path.Combine(CliRun.Repository, "scripts", "check-report-html.sh"), [_output, screenshot])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        // Then it passes the self-containment check and draws a page
        Assert.That(process.ExitCode, Is.Zero, error);
        Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000));
    }
}
