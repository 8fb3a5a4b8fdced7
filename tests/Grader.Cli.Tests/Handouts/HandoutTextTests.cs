using Grader.Cli.Handouts;
using Markdig;

namespace Grader.Cli.Tests.Handouts;

public sealed class HandoutTextTests
{
    [TestCase("<script>alert(1)</script>")]
    [TestCase("<img src=x onerror=alert(1)>")]
    [TestCase("[click](javascript:alert(1))")]
    [TestCase("**bold** _it_ `code`")]
    public void Markdown_Hostile_RendersAsItsOwnText(string name)
    {
        // Given: Markdig with raw HTML allowed, as a careless viewer would render it
        var rendered = Markdig.Markdown.ToHtml("# Homework of " + HandoutText.Markdown(name));

        // Then
        Assert.That(rendered, Does.Not.Contain("<script").And.Not.Contain("<img").And.Not.Contain("<a ").And.Not.Contain("<strong").And.Not.Contain("<code"));
        Assert.That(System.Net.WebUtility.HtmlDecode(rendered), Does.Contain(name));
    }

    [Test]
    public void Markdown_MathAndReferences_AreEscaped()
    {
        // When
        var text = HandoutText.Markdown(@"$$\input{x}$$ &amp; [red]x[/]");

        // Then: no math opens, no reference is read, and Spectre-like markup is plain text in Markdown
        Assert.That(text, Is.EqualTo(@"\$\$\\input{x}\$\$ \&amp; [red]x[/]"));
        Assert.That(System.Net.WebUtility.HtmlDecode(Markdig.Markdown.ToHtml(text)), Does.Contain(@"$$\input{x}$$ &amp; [red]x[/]"));
    }

    [Test]
    public void Markdown_Controls_AreShownAsEscapes()
    {
        Assert.That(HandoutText.Markdown("a\u001b[2Jb\u202ec"), Is.EqualTo(@"a\\x1b[2Jb\\u202ec"));
    }

    [Test]
    public void Html_Hostile_IsEscaped()
    {
        Assert.That(HandoutText.Html("<b a=\"1\">'&\n"), Is.EqualTo("&lt;b a=&quot;1&quot;&gt;&#39;&amp;\\n"));
        Assert.That(HandoutText.Html("a\nb", keepLineBreaks: true), Is.EqualTo("a\nb"));
    }
}
