using System.Diagnostics;
using System.Text;
using Grader.Derivations;
using static Grader.Core.Tests.Derivations.WriteUpTesting;

namespace Grader.Core.Tests.Derivations;

/// <summary>Malformed and hostile write-ups: each read in bounded time, with a located message, keeping what could be read.</summary>
internal sealed class WriteUpErrorTests
{
    [TestCase("text\n$$a = b\nmore", "write-up.md:2:1: the display math opened here is never closed ($$); close it with $$")]
    [TestCase("x \\[ a = b", @"write-up.md:1:3: the display math opened here is never closed (\[); close it with \]")]
    [TestCase("\\begin{align}\na &= b", @"write-up.md:1:1: the display math opened here is never closed (\begin{align}); close it with \end{align}")]
    [TestCase("$$a = \\frac{1{2}$$", "write-up.md:1:12: this '{' is never closed, so this display math was skipped; close it with '}'")]
    [TestCase("$$a = b}$$", "write-up.md:1:8: this '}' closes nothing opened before it in this display math, so the display math was skipped")]
    [TestCase("$$a = \\left( b$$", @"write-up.md:1:7: this \left( is never closed, so this display math was skipped; close it with \right")]
    [TestCase("$$a = \\begin{bmatrix} b \\end{pmatrix}$$", @"write-up.md:1:25: this \end{pmatrix} closes \begin{bmatrix}, which needs \end{bmatrix}, so this display math was skipped")]
    [TestCase("$$\\begin{aligned} a &= b $$", @"write-up.md:1:3: this \begin{aligned} is never closed, so this display math was skipped; close it with \end{aligned}")]
    [TestCase("```\n$$a = b$$", "write-up.md:1:1: the code block opened here (```) is never closed, so the rest of the write-up is code; close it with ```")]
    [TestCase("<!--\n$$a = b$$", "write-up.md:1:1: the HTML comment opened here is never closed, so the rest of the write-up is hidden; close it with -->")]
    [TestCase("<pre>\n$$a = b$$", "write-up.md:1:1: the <pre> block opened here is never closed, so the rest of the write-up is HTML; close it with </pre>")]
    public void Read_Malformed_SaysWhereAndHow(string markdown, string expected)
    {
        // Given a write-up with one construct left open or closed wrongly

        // When
        var writeUp = Read(markdown);

        // Then
        Assert.That(writeUp.Issues.Select(i => i.Describe()), Is.EqualTo(new[] { expected }));
        Assert.That(writeUp.Chains, Is.Empty);
    }

    [Test]
    public void Read_BadBlock_LaterBlocksAreStillRead()
    {
        // Given an unbalanced block between two good ones
        const string markdown = "$$a = b$$\n\n$$c = \\frac{d$$\n\n$$= e$$\n\n$$f = g$$";

        // When
        var writeUp = Read(markdown);

        // Then: the skipped block also stops the continuation through it
        Assert.That(writeUp.Chains.Select(Line), Is.EqualTo(new[] { "a | = | b", "(missing) | = | e", "f | = | g" }));
        Assert.That(writeUp.Issues, Has.Count.EqualTo(1));
    }

    [Test]
    public void Read_FiveMegabytes_ReadsTheFirstMegabyteAndSaysSo()
    {
        // Given 5 MB of prose with an equation now and then
        var markdown = Repeat("$$a = b$$\n" + Repeat("Some prose that fills the write-up. ", 4000) + "\n\n", 5_000_000);

        // When
        var (writeUp, elapsed) = Timed(() => Read(markdown));

        // Then
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(writeUp.Chains, Has.Count.EqualTo(250));
        Assert.That(writeUp.Issues.Select(i => i.Describe()), Is.EqualTo(new[]
        {
            "write-up.md:749:1: the write-up is 5000000 characters long; only the first 1000000 were read, the rest was skipped",
        }));
    }

    [Test]
    public void Read_TenThousandEquations_KeepsTheFirstThousandChains()
    {
        // Given 10,000 display equations
        var markdown = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"$$x_{{{i}}} = {i}$$\n"));

        // When
        var (writeUp, elapsed) = Timed(() => Read(markdown));

        // Then
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(writeUp.Chains, Has.Count.EqualTo(WriteUpLimits.MaxChains));
        Assert.That(writeUp.Issues.Single().Describe(), Is.EqualTo(
            $"write-up.md:1001:3: the write-up has more than {WriteUpLimits.MaxChains} chains of equalities; the display math from here on was skipped"));
    }

    [Test]
    public void Read_OneChainOfAThousandLines_KeepsTheBoundedSteps()
    {
        // Given one align of 1,000 lines, each continuing the chain
        var markdown = "\\begin{align}\nx " + Repeat("&= x \\\\\n", 1000 * 9) + "\\end{align}";

        // When
        var writeUp = Read(markdown);

        // Then
        Assert.That(writeUp.Chains.Single().Steps, Has.Count.EqualTo(WriteUpLimits.MaxStepsPerChain));
        Assert.That(writeUp.Issues.Single().Describe(), Is.EqualTo($"write-up.md:202:2: this chain has more than {WriteUpLimits.MaxStepsPerChain} steps; the rest of it was skipped"));
    }

    [TestCase("$$", 100_000)]
    [TestCase("\\begin{align}", 50_000)]
    [TestCase("\\[", 100_000)]
    [TestCase("`", 200_000)]
    [TestCase("$", 200_000)]
    [TestCase("<!-- ", 100_000)]
    [TestCase("\\stackrel{", 50_000)]
    public void Read_ManyUnclosedOpeners_IsLinear(string opener, int count)
    {
        // Given one paragraph of the same opener, never closed
        var markdown = "$$a = b$$ " + Repeat(opener + "x ", count * (opener.Length + 2));

        // When
        var (writeUp, elapsed) = Timed(() => Read(markdown));

        // Then
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(writeUp.Issues, Has.Count.LessThanOrEqualTo(WriteUpLimits.MaxIssues + 1));
    }

    [Test]
    public void Read_DeeplyNestedBraces_SkipsTheBlock()
    {
        // Given a block nesting 5,000 braces deep
        var markdown = "$$a = " + new string('{', 5000) + "b" + new string('}', 5000) + "$$";

        // When
        var writeUp = Read(markdown);

        // Then
        Assert.That(writeUp.Issues.Single().Describe(), Is.EqualTo(
            $"write-up.md:1:{7 + WriteUpLimits.MaxNesting}: the display math nests braces, \\left…\\right and environments more than {WriteUpLimits.MaxNesting} deep here, so it was skipped"));
    }

    [Test]
    public void Read_LongSideAndLongBlock_AreSkippedWithAMessage()
    {
        // Given a side of 6,000 characters, then a block of 60,000
        var markdown = "$$a = b = " + Repeat("x+", 6000) + "$$\n\n$$" + Repeat("y", 60_000) + "$$\n\n$$c = d$$";

        // When
        var writeUp = Read(markdown);

        // Then
        Assert.That(writeUp.Chains.Select(Line), Is.EqualTo(new[] { "a | = | b", "c | = | d" }));
        Assert.That(writeUp.Issues.Select(i => i.Describe()), Is.EqualTo(new[]
        {
            "write-up.md:1:11: this side of an equation is 6000 characters long (at most 4000); its chain ends before it and the rest of this display math was skipped",
            "write-up.md:3:3: this display math is 60000 characters long; at most 50000 are read, so it was skipped",
        }));
    }

    [Test]
    public void Read_ManyBadBlocks_ListsTheFirstIssuesAndCountsTheRest()
    {
        // Given 80 blocks with an unclosed brace
        var markdown = Repeat("$$a = {b$$\n", 80 * 11);

        // When
        var issues = Read(markdown).Issues;

        // Then
        Assert.That(issues, Has.Count.EqualTo(WriteUpLimits.MaxIssues + 1));
        Assert.That(issues[^1].Describe(), Is.EqualTo("write-up.md:80:7: and 30 more issues like those above, not listed"));
    }

    [Test]
    public void Read_Macros_AreListedNotExpanded()
    {
        // Given macros defined in display and inline math (and one in code, which does not count)
        const string markdown = "$$\\newcommand{\\R}{\\mathbb{R}} \\def\\sig#1{\\sigma(#1)}$$\nLet $\\DeclareMathOperator{\\softmax}{softmax}$.\n"
            + "```\n\\newcommand{\\code}{x}\n```\n$$y = \\sig{x} \\in \\R$$\n$$z = \\softmax(x) = \\code$$";

        // When
        var writeUp = Read(markdown);

        // Then
        Assert.That(writeUp.Macros.Select(m => (m.Name, m.Span.Line, m.Span.Column)), Is.EqualTo(new[] { (@"\R", 1, 15), (@"\sig", 1, 35), (@"\softmax", 2, 27) }));
        Assert.That(writeUp.Chains.Select(Line), Is.EqualTo(new[] { @"y | = | \sig{x} | \in | \R", @"z | = | \softmax(x) | = | \code" }));
        Assert.That(writeUp.Chains.Select(c => string.Join(",", c.Macros)), Is.EqualTo(new[] { @"\sig,\R", @"\softmax" }));
    }

    [Test]
    public void Read_RandomDebris_NeverThrows()
    {
        // Given thousands of write-ups made of the pieces that open, close and nest
        string[] pieces = ["$$", "$", "\\[", "\\]", "\\begin{align}", "\\end{align}", "\\begin{bmatrix}", "\\end{aligned}", "{", "}", "\\left(",
            "\\right)", "=", "&", "\\\\", "\\le", "%", "`", "```", "\n", "\n\n", "# h", "<!--", "-->", "<div>", "\\text{ where }", "\\tag{1}",
            "\\stackrel{", "(1)", "\\newcommand{\\x}", "\\def", "x", " ", "\\", ".", "\r\n", "\\quad"];
        var random = new Random(13);

        for (var n = 0; n < 3000; n++)
        {
            var markdown = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));

            // When
            var writeUp = Read(markdown);

            // Then: no fault of the reader, and every span lies in the text
            Assert.That(writeUp.Issues.Select(i => i.Message), Has.None.Contains("could not be read"), markdown);
            Assert.That(writeUp.Chains.SelectMany(c => c.Sides).All(s => s.Span.Offset >= 0 && s.Span.End <= markdown.Length), markdown);
        }
    }

    private static string Repeat(string piece, int length)
    {
        var text = new StringBuilder(length + piece.Length);
        while (text.Length < length)
        {
            text.Append(piece);
        }

        return text.ToString(0, length);
    }

    private static (WriteUp WriteUp, TimeSpan Elapsed) Timed(Func<WriteUp> read)
    {
        var clock = Stopwatch.StartNew();
        var writeUp = read();
        return (writeUp, clock.Elapsed);
    }
}
