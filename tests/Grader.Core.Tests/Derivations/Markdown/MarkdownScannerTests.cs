using Grader.Derivations;
using static Grader.Core.Tests.Derivations.WriteUpTesting;

namespace Grader.Core.Tests.Derivations.Markdown;

/// <summary>Which display math a write-up holds: every delimiter, and nothing from code, HTML, comments or inline math.</summary>
internal sealed class MarkdownScannerTests
{
    [TestCase("$$a = b$$", DisplayDelimiter.Dollars)]
    [TestCase("text\n$$\na = b\n$$\ntext", DisplayDelimiter.Dollars)]
    [TestCase(@"\[ a = b \]", DisplayDelimiter.Brackets)]
    [TestCase("\\begin{equation}\na = b\n\\end{equation}", DisplayDelimiter.Environment)]
    [TestCase("\\begin{equation*} a = b \\end{equation*}", DisplayDelimiter.Environment)]
    [TestCase("\\begin{align}\na &= b\n\\end{align}", DisplayDelimiter.Environment)]
    [TestCase("\\begin{align*} a &= b \\end{align*}", DisplayDelimiter.Environment)]
    [TestCase("\\begin{eqnarray} a &=& b \\end{eqnarray}", DisplayDelimiter.Environment)]
    [TestCase("\\begin{eqnarray*} a &=& b \\end{eqnarray*}", DisplayDelimiter.Environment)]
    [TestCase("\\begin{gather} a = b \\end{gather}", DisplayDelimiter.Environment)]
    [TestCase("\\begin{aligned} a &= b \\end{aligned}", DisplayDelimiter.Environment)]
    [TestCase("$$\\begin{aligned} a &= b \\end{aligned}$$", DisplayDelimiter.Dollars)]
    public void Read_EachDisplayDelimiter_FindsTheChain(string markdown, DisplayDelimiter delimiter)
    {
        // Given one equation in one of the display forms

        // When
        var writeUp = Read(markdown);

        // Then
        Assert.That(writeUp.Blocks.Select(b => b.Delimiter), Is.EqualTo(new[] { delimiter }));
        Assert.That(writeUp.Chains.Select(Line), Is.EqualTo(new[] { "a | = | b" }));
        Assert.That(writeUp.Issues, Is.Empty);
    }

    [TestCase("```\n$$a = b$$\n```\n$$c = d$$")]
    [TestCase("~~~python\n$$a = b$$\n~~~\n$$c = d$$")]
    [TestCase("````\n```\n$$a = b$$\n````\n$$c = d$$")]
    [TestCase("Use `$$a = b$$` for display math.\n\n$$c = d$$")]
    [TestCase("Use ``$$a = b$$ ` `` for it.\n\n$$c = d$$")]
    [TestCase("<!-- $$a = b$$\nstill a comment -->\n$$c = d$$")]
    [TestCase("text <!-- $$a = b$$ --> text\n\n$$c = d$$")]
    [TestCase("<div>\n$$a = b$$\n</div>\n\n$$c = d$$")]
    [TestCase("<script>\n$$a = b$$\n\n</script>\n$$c = d$$")]
    [TestCase("Inline $a = b$ and \\(a = b\\) are no derivation.\n\n$$c = d$$")]
    [TestCase(@"An escaped \$\$a = b\$\$ is text. $$c = d$$")]
    public void Read_MathInCodeHtmlOrInline_IsSkipped(string markdown)
    {
        // Given a = b where it is not display math, then c = d that is

        // When
        var chains = Lines(markdown);

        // Then
        Assert.That(chains, Is.EqualTo(new[] { "c | = | d" }));
    }

    [Test]
    public void Read_UnclosedBacktick_IsText()
    {
        // Given a lone backtick before display math in the same paragraph
        const string markdown = "it costs 5` and $$a = b$$";

        // When
        var chains = Lines(markdown);

        // Then
        Assert.That(chains, Is.EqualTo(new[] { "a | = | b" }));
    }

    [Test]
    public void Read_Headings_EachBlockKeepsTheNearestBefore()
    {
        // Given ATX headings of several levels, with closing hashes and inline math
        const string markdown = "$$x = 1$$\n# Top\n## sigmoid-derivative ##\n$$a = b$$\n### Gradient with respect to $b^{(1)}$\ntext\n$$c = d$$\n#not a heading\n$$e = f$$";

        // When
        var writeUp = Read(markdown);

        // Then
        Assert.That(writeUp.Headings.Select(h => (h.Level, h.Text)), Is.EqualTo(new[] { (1, "Top"), (2, "sigmoid-derivative"), (3, "Gradient with respect to $b^{(1)}$") }));
        Assert.That(writeUp.Chains.Select(c => c.Heading?.Text), Is.EqualTo(new[] { null, "sigmoid-derivative", "Gradient with respect to $b^{(1)}$", "Gradient with respect to $b^{(1)}$" }));
        Assert.That(writeUp.Headings[1].Span, Is.EqualTo(new WriteUpSpan(16, 24, 3, 1)));
    }

    [Test]
    public void Read_HeadingInsideCode_IsNoHeading()
    {
        // Given a comment line of Python in a fence
        const string markdown = "## real\n```\n# comment\n```\n$$a = b$$";

        // When
        var writeUp = Read(markdown);

        // Then
        Assert.That(writeUp.Chains.Single().Heading?.Text, Is.EqualTo("real"));
    }
}
