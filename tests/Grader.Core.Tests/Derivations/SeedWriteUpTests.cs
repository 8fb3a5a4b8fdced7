using Grader.Derivations;
using Grader.Testing;

namespace Grader.Core.Tests.Derivations;

/// <summary>
/// The five seed write-ups (real students' Markdown, names removed), read into chains: the chains a grader
/// needs are found, and a snapshot of every chain keeps the whole reading in view.
/// </summary>
internal sealed class SeedWriteUpTests
{
    private static readonly string Seeds = Path.Combine(TestPaths.Repository, "tests", "Grader.Core.Tests", "Derivations", "Seeds");

    [TestCase("seed-000")]
    [TestCase("seed-001")]
    [TestCase("seed-002")]
    [TestCase("seed-003")]
    [TestCase("seed-004")]
    public void Read_Seed_MatchesSnapshot(string seed)
    {
        // Given a seed write-up
        var writeUp = ReadSeed(seed);

        // When its chains are listed
        var listing = ChainListing.Render(writeUp);

        // Then they are the reviewed ones
        Snapshot.Verify(listing, methodName: $"Read_{seed}");
    }

    [Test]
    public void Read_Seed000SoftmaxDerivative_IsOneChainOfThreeSteps()
    {
        // Given seed 000, 2.a: "3. \quad ∂J/∂z = … = … = 1/N (ψ(z)_{y_i} − 1)"
        var writeUp = ReadSeed("seed-000");

        // When
        var chain = writeUp.Chains.Single(c => c.First.Span.Line == 41);

        // Then: the enumerator is gone, every step an equality on line 41
        Assert.That(chain.First.Latex, Is.EqualTo(@"\frac{\partial J}{\partial z_i^{(3)}}"));
        Assert.That(chain.Last.Latex, Is.EqualTo(@"\frac{1}{N} (\psi(z_i^{(3)})_{y_i} - 1)"));
        Assert.That(chain.Steps.Select(s => s.IsCheckable), Is.EqualTo(new[] { true, true, true }));
        Assert.That(chain.Heading?.Text, Is.EqualTo("2. a"));
    }

    [TestCase(13, @"0.5(\tanh(0.5x) + 1)", @"\frac{1}{1 + e^{-x}}", 4)]
    [TestCase(17, @"\log \text{sigmoid}(x)", @"-\text{softmax}(-x)", 3)]
    [TestCase(21, @"\frac{d}{dx} \text{sigmoid}(x)", @"(1 + e^{-x})^{-1} \left(1 - \frac{1}{1 + e^{-x}}\right)", 6)]
    public void Read_Seed002Question1_IdentityChains(int line, string first, string last, int steps)
    {
        // Given seed 002, Q1 (a), (b), (c): aligned chains with \tag{n}
        var writeUp = ReadSeed("seed-002");

        // When
        var chain = writeUp.Chains.Single(c => c.First.Span.Line == line);

        // Then
        Assert.That((chain.First.Latex, chain.Last.Latex, chain.Steps.Count), Is.EqualTo((first, last, steps)));
        Assert.That(chain.Steps.Skip(1).Select(s => s.Link), Is.All.EqualTo(StepLink.NextLine));
    }

    [Test]
    public void Read_Seed003CrossEntropyGradient_ContinuesOverSixBlocks()
    {
        // Given seed 003, 2.1 a): ∂J/∂z^{(3)} over blocks that open with = (one with \stackrel{*}{=})
        var writeUp = ReadSeed("seed-003");

        // When
        var chain = writeUp.Chains.Single(c => c.First.Span.Line == 94);

        // Then
        Assert.That(chain.Steps.Select(s => s.Right.Span.Line), Is.EqualTo(new[] { 94, 96, 98, 100, 102, 104, 104 }));
        Assert.That(chain.Steps[5].Relation.Latex, Is.EqualTo(@"\stackrel{*}{=}"));
        Assert.That(chain.Last.Latex, Is.EqualTo(@"\frac{1}{N} \left(\psi\left(z_{i}^{(3)}\right) - \Delta_{i}\right)"));
        Assert.That(chain.Heading?.Text, Is.EqualTo("2.1 a)"));
    }

    [Test]
    public void Read_Seed004DeltaL_FirstChainAndTheContinuationOfEight()
    {
        // Given seed 004, Problem 2: δ^L with bmatrix sides, and (9) "= Σ'(z^l) …" continuing (8)
        var writeUp = ReadSeed("seed-004");

        // When
        var deltaL = writeUp.Chains.First(c => c.First.Latex == @"\delta^L");
        var eight = writeUp.Chains.Single(c => c.First.Span.Line == 58);

        // Then
        Assert.That(deltaL.Steps, Has.Count.EqualTo(2));
        Assert.That(deltaL.Last.Latex, Does.StartWith(@"\begin{bmatrix} \frac{\partial C}{\partial a_1^L} \sigma'(z_1^L) \\"));
        Assert.That(eight.Steps.Select(s => (s.Right.Span.Line, s.Link)), Is.EqualTo(new[] { (58, StepLink.Inline), (60, StepLink.NextBlock) }));
        Assert.That(eight.Last.Latex, Is.EqualTo(@"\Sigma'(z^l) (w^{l+1})^T \Sigma'(z^{l+1}) (w^{l+2})^T \dots (w^L)^T \Sigma'(z^L) \nabla_a C"));
    }

    [Test]
    public void Read_Seed004BiasGradient_HasNoWrittenLeftSide()
    {
        // Given seed 004, Problem 4: the bias's gradient, "= −1/n Σ[…] (70)" after "$$(69)$$" and prose
        var writeUp = ReadSeed("seed-004");

        // When
        var bias = writeUp.Chains.Single(c => c.First.Span.Line == 262);

        // Then: one step from an unwritten left side, the equation number gone
        Assert.That(bias.First.IsMissing, Is.True);
        Assert.That(bias.Last.Latex, Is.EqualTo(@"-\frac{1}{n} \sum_{i=1}^n \left[ y_i - \frac{1}{1 + e^{-\hat{w}^T x_i}} \right]"));
        Assert.That(bias.Heading?.Text, Is.EqualTo("Problem 4"));
    }

    internal static WriteUp ReadSeed(string seed) =>
        WriteUpReader.Read(File.ReadAllText(Path.Combine(Seeds, seed + ".md")), seed + ".md");
}
