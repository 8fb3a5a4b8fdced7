using System.Diagnostics;

namespace Grader.Cli.Tests.Handouts;

public sealed class HtmlHandoutTests
{
    [Test]
    public async Task Html_Page_IsSelfContainedWithMathML()
    {
        // Given
        using var course = CourseFixture.Plain();

        // When
        var run = await course.Handout("--student", "12345", "--format", "html");

        // Then: nothing is fetched, nothing runs, the numbers are MathML and Python
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.StartWith("<!DOCTYPE html>").And.EndWith("</html>\n"));
        Assert.That(run.Output, Does.Not.Contain("http").And.Not.Contain("src=").And.Not.Contain("<script").And.Not.Contain("<link").And.Not.Contain("url("));
        Assert.That(run.Output, Does.Contain("<math display=\"block\"><mi>X</mi><mo>=</mo><mrow><mo>[</mo><mtable>"));
        Assert.That(run.Output, Does.Contain("<mi>weights</mi><mo stretchy=\"false\">[</mo><mn>1</mn>"), "nielsen-backprop's weights, one per layer");
        Assert.That(run.Output, Does.Contain("<pre><code class=\"language-python\">import numpy as np\n\nX = np.array("));
        Assert.That(run.Output, Does.Contain("<td><code>W1</code></td>"), "the statement's Markdown is rendered");
    }

    [TestCase("<script>alert(1)</script>")]
    [TestCase("[red]x[/]")]
    [TestCase(@"$$\input{x}$$")]
    [TestCase("\"><img src=x onerror=alert(1)>")]
    public async Task Html_HostileName_IsText(string name)
    {
        // Given
        using var course = CourseFixture.Create(CourseFixture.Student("<b>7</b>", name));

        // When
        var run = await course.Handout("--student", "<b>7</b>", "--format", "html", "--problem", "bce");

        // Then
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Not.Contain("<script").And.Not.Contain("<img").And.Not.Contain("<b>"));
        Assert.That(run.Output, Does.Contain("<h1>Homework of " + System.Net.WebUtility.HtmlEncode(name) + "</h1>"));
        Assert.That(run.Output, Does.Contain("<code>&lt;b&gt;7&lt;/b&gt;</code>"));
    }

    [Test]
    public async Task Html_InChromium_RendersOffline()
    {
        // Given: an optional check, where Chromium is installed
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Assert.Ignore("Chromium is not installed");
        }

        using var course = CourseFixture.Plain();
        await course.Handout("--all", "--out", "html", "--format", "html", "--problem", "nielsen-backprop");
        var page = Path.Combine(course.Folder, "html", "12345.html");
        var screenshot = Path.Combine(course.Folder, "page.png");

        // When
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--headless", "--disable-gpu", "--no-sandbox", "--window-size=900,1600", $"--user-data-dir={Path.Combine(course.Folder, "profile")}", $"--screenshot={screenshot}", new Uri(page).AbsoluteUri })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        // Then
        Assert.That(File.Exists(screenshot), Is.True, await error);
        Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000), "a page with text and math, not a blank one");
    }
}
