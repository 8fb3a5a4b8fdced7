using Grader.Derivations;
using static Grader.Core.Tests.Derivations.WriteUpTesting;

namespace Grader.Core.Tests.Derivations.Chains;

/// <summary>How display math becomes chains: top-level relations only, lines of an align, blocks that open with <c>=</c>.</summary>
internal sealed class ChainBuilderTests
{
    [TestCase("$$A = B = C$$", "A | = | B | = | C")]
    [TestCase(@"$$f\left(x = 1\right) = \frac{a = b}{c} = [x = y] = g(x = 2)$$", @"f\left(x = 1\right) | = | \frac{a = b}{c} | = | [x = y] | = | g(x = 2)")]
    [TestCase(@"$$\delta = \begin{cases} 1 & i = j \\ 0 \end{cases} = \begin{bmatrix} a = b \end{bmatrix}$$", @"\delta | = | \begin{cases} 1 & i = j \\ 0 \end{cases} | = | \begin{bmatrix} a = b \end{bmatrix}")]
    [TestCase(@"$$y = [0, 1) + (a = b)$$", @"y | = | [0, 1) + (a = b)")]
    [TestCase(@"$$A \stackrel{*}{=} B \overset{(a)}{=} C$$", @"A | \stackrel{*}{=} | B | \overset{(a)}{=} | C")]
    [TestCase("$$A &=& B$$", "A | = | B")]
    public void Read_Relations_OnlyTopLevelOnesCut(string markdown, string expected)
    {
        // Given relations at the top level and inside braces, brackets, \left…\right and environments

        // When
        var chains = Lines(markdown);

        // Then
        Assert.That(chains, Is.EqualTo(new[] { expected }));
    }

    [TestCase(@"$$A = B \quad (3)$$")]
    [TestCase(@"$$A = B \qquad (3)$$")]
    [TestCase(@"$$A = B \tag{3}$$")]
    [TestCase(@"$$A = B \tag*{(a)}$$")]
    [TestCase(@"$$A = B \label{eq:one}$$")]
    [TestCase(@"$$A = B. \nonumber$$")]
    [TestCase(@"$$A = B, \notag$$")]
    [TestCase(@"$$A = B  (3)$$")]
    [TestCase(@"$$(5) A = B$$")]
    [TestCase(@"$$1. \quad A = B$$")]
    [TestCase(@"$$\bullet \quad A = B.$$")]
    [TestCase("$$A = B % a comment = C\n$$")]
    public void Read_NumbersTagsLabelsPunctuation_AreStripped(string markdown)
    {
        // Given A = B with an equation number, tag, label or punctuation

        // When
        var chains = Lines(markdown);

        // Then
        Assert.That(chains, Is.EqualTo(new[] { "A | = | B" }));
    }

    [Test]
    public void Read_AlignLines_ContinueOrStartChains()
    {
        // Given an align: two continuation lines, then a line with its own left side
        const string markdown = "\\begin{align}\nA &= B \\\\\n  &= C \\nonumber \\\\\n  &= D \\\\[2pt]\nE &= F \\tag{2}\n\\end{align}";

        // When
        var writeUp = Read(markdown);

        // Then
        Assert.That(writeUp.Chains.Select(Line), Is.EqualTo(new[] { "A | = | B | = | C | = | D", "E | = | F" }));
        Assert.That(writeUp.Chains[0].Steps.Select(s => s.Link), Is.EqualTo(new[] { StepLink.Inline, StepLink.NextLine, StepLink.NextLine }));
    }

    [Test]
    public void Read_LineWithoutRelation_ExtendsTheSideBefore()
    {
        // Given a side wrapped over two lines of an aligned, and a left side alone on its line
        const string markdown = "$$\\begin{aligned} A &= B \\\\ &\\quad + C \\\\ &= D \\end{aligned}$$\n\n$$\\begin{aligned} L \\\\ &= M \\end{aligned}$$";

        // When
        var chains = Lines(markdown);

        // Then
        Assert.That(chains, Is.EqualTo(new[] { "A | = | B + C | = | D", "L | = | M" }));
    }

    [TestCase("$$A = B$$\n\n$$= C$$", StepLink.NextBlock)]
    [TestCase("$$A = B$$\n$$= C$$", StepLink.NextBlock)]
    [TestCase("$$A = B =$$\n\n$$= C$$", StepLink.NextBlock)]
    [TestCase("$$A = B$$\nwhich gives\n\n$$= C$$", StepLink.AfterText)]
    [TestCase("$$A = B \\quad (8)$$\n\n$$= C \\quad (9)$$", StepLink.NextBlock)]
    public void Read_BlockOpeningWithEquals_ContinuesThePreviousChain(string markdown, StepLink link)
    {
        // Given a block that opens with = after a block with a chain

        // When
        var writeUp = Read(markdown);

        // Then
        Assert.That(writeUp.Chains.Select(Line), Is.EqualTo(new[] { "A | = | B | = | C" }));
        Assert.That(writeUp.Chains[0].Steps[^1].Link, Is.EqualTo(link));
    }

    [TestCase("$$A = B$$\n## next\n$$= C$$")]
    [TestCase("$$A = B$$\none\ntwo\nthree\nfour\n$$= C$$")]
    [TestCase("$$A = B$$\n```\ncode\n```\n$$= C$$")]
    [TestCase("$$A = B$$\n$$(56)$$\n$$= C$$")]
    [TestCase("$$A = B$$\n$$D$$\n$$= C$$")]
    public void Read_BlockOpeningWithEquals_AfterABreak_HasNoLeftSide(string markdown)
    {
        // Given something more than a little prose between the chain and the block opening with =

        // When
        var writeUp = Read(markdown);

        // Then
        Assert.That(writeUp.Chains.Select(Line), Is.EqualTo(new[] { "A | = | B", "(missing) | = | C" }));
        Assert.That(writeUp.Chains[1].Steps[0].IsCheckable, Is.False);
        Assert.That(writeUp.Chains[1].First.Span.Offset, Is.EqualTo(markdown.LastIndexOf('=')));
    }

    [TestCase(@"\approx", RelationKind.Approx)]
    [TestCase(@"\le", RelationKind.LessOrEqual)]
    [TestCase(@"\leq", RelationKind.LessOrEqual)]
    [TestCase(@"\ge", RelationKind.GreaterOrEqual)]
    [TestCase("<", RelationKind.Less)]
    [TestCase(">", RelationKind.Greater)]
    [TestCase(@"\neq", RelationKind.NotEqual)]
    [TestCase(@"\not=", RelationKind.NotEqual)]
    [TestCase(@"\Rightarrow", RelationKind.Implies)]
    [TestCase(@"\implies", RelationKind.Implies)]
    [TestCase(":=", RelationKind.Defines)]
    [TestCase(@"\equiv", RelationKind.Defines)]
    [TestCase(@"\rightarrow", RelationKind.Arrow)]
    [TestCase(@"\in", RelationKind.Member)]
    public void Read_OtherRelation_EndsTheChainAndIsNotCheckable(string relation, RelationKind kind)
    {
        // Given A = B <relation> C = D
        var markdown = $"$$A = B {relation} C = D$$";

        // When
        var writeUp = Read(markdown);

        // Then: the relation's step ends the first chain, the second starts at its right side
        Assert.That(writeUp.Chains.Select(Line), Is.EqualTo(new[] { $"A | = | B | {relation} | C", "C | = | D" }));
        var step = writeUp.Chains[0].Steps[1];
        Assert.That((step.Relation.Kind, step.IsCheckable, writeUp.Chains[0].Steps[0].IsCheckable), Is.EqualTo((kind, false, true)));
    }

    [Test]
    public void Read_ClausesSeparatedByQuadOrProse_AreSeparateChains()
    {
        // Given seed-like clauses: a comma and \quad, a \text{ since }, a \text{ Let } … \text{ then }
        const string markdown = @"$$f(x) = aW, \quad \frac{\partial f}{\partial a} = W \quad \text{since } z = W a + b$$" + "\n\n"
            + @"$$(8) \text{ Let } f(x) = x^2, \text{ then } f'(x) = 2x \text{ softmax}$$";

        // When
        var chains = Lines(markdown);

        // Then
        Assert.That(chains, Is.EqualTo(new[]
        {
            "f(x) | = | aW", @"\frac{\partial f}{\partial a} | = | W", "z | = | W a + b", "f(x) | = | x^2", @"f'(x) | = | 2x \text{ softmax}",
        }));
    }

    [Test]
    public void Read_DanglingRelationWithoutContinuation_IsDropped()
    {
        // Given seed 000's chain that ends with = and a next block with its own left side
        const string markdown = "$$f = a + b = a + c =$$\n\n$$g = 2$$";

        // When
        var chains = Lines(markdown);

        // Then
        Assert.That(chains, Is.EqualTo(new[] { "f | = | a + b | = | a + c", "g | = | 2" }));
    }
}
