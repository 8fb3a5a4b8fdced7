using Grader.Cli.Handouts;

namespace Grader.Cli.Tests.Handouts;

public sealed class StatementHtmlTests
{
    [Test]
    public void Render_MarkdownWithTable_IsHtml()
    {
        // When
        var html = StatementHtml.Render("## toy (2 points) — A *toy*\n\n| input | shape |\n|---|---|\n| `X` | (N, 2) |\n\n```python\ndef f(X):\n```\n");

        // Then
        Assert.That(html, Does.Contain("<h2>toy (2 points) — A <em>toy</em></h2>"));
        Assert.That(html, Does.Contain("<td><code>X</code></td>"));
        Assert.That(html, Does.Contain("<pre><code class=\"language-python\">def f(X):"));
    }

    [Test]
    public void Render_RawHtml_IsText()
    {
        // When
        var html = StatementHtml.Render("Hello <script>alert(1)</script>\n\n<iframe src=\"x\"></iframe>\n");

        // Then
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<iframe"));
        Assert.That(html, Does.Contain("&lt;script&gt;"));
    }

    [Test]
    public void Render_ImagesAndUnsafeLinks_BecomeTheirText()
    {
        // When
        var html = StatementHtml.Render("![a plot](https://example.org/p.png) [run](javascript:alert(1)) <javascript:alert(2)> [notes](notes.md) [site](https://example.org)\n");

        // Then: nothing is loaded and nothing runs; ordinary links stay links
        Assert.That(html, Does.Not.Contain("<img").And.Not.Contain("src=").And.Not.Contain("href=\"javascript"));
        Assert.That(html, Does.Contain("a plot").And.Contain("run"));
        Assert.That(html, Does.Contain("<a href=\"notes.md\">notes</a>").And.Contain("<a href=\"https://example.org\">site</a>"));
    }

    [TestCase("notes.md", true)]
    [TestCase("../a:b", true)]
    [TestCase("HTTPS://example.org", true)]
    [TestCase("mailto:ta@example.org", true)]
    [TestCase("javascript:alert(1)", false)]
    [TestCase("data:text/html,x", false)]
    public void IsSafe_Url_AllowsRelativeAndWebSchemesOnly(string url, bool safe)
    {
        Assert.That(StatementHtml.IsSafe(url), Is.EqualTo(safe));
    }
}
