using Grader.Derivations.Checking;

namespace Grader.Core.Tests.Derivations.Checking;

/// <summary>Small hand-written write-ups for softmax-ce's dZ and logistic-l2's w0, checked on the problems' real cases.</summary>
internal sealed class ChainCheckerTests
{
    [Test]
    public void Check_RightChain_EveryStepHolds()
    {
        // Given a right derivation of dZ, the last side per row
        var markdown = """
            $$\frac{\partial J}{\partial z^{(3)}} = \frac{1}{N}\left(\psi(z_i^{(3)}) - \Delta_i\right) = \frac{1}{N}\psi(z_i^{(3)}) - \frac{1}{N}\Delta_i$$
            """;

        // When
        var chain = CheckTesting.Check(markdown).Checked.Single();

        // Then
        Assert.That(chain.Steps.Select(s => s.Verdict), Is.EqualTo(new[] { StepVerdict.Holds, StepVerdict.Holds }));
        Assert.That(chain.FirstFailure, Is.Null);
        Assert.That(chain.Result?.ReadAs, Is.EqualTo("1 / N * softmax(Z) - 1 / N * onehot(y, K)"));
    }

    [Test]
    public void Check_WrongMiddleStep_NamesTheFirstWrongStep()
    {
        // Given a chain whose second step drops the 1/N, and whose third step is right from there
        var markdown = """
            $$\frac{\partial J}{\partial z^{(3)}} = \frac{1}{N}(\psi(z_i^{(3)}) - \Delta_i) = \psi(z_i^{(3)}) - \Delta_i = \Delta_i - \Delta_i + \psi(z_i^{(3)}) - \Delta_i$$
            """;

        // When
        var chain = CheckTesting.Check(markdown).Checked.Single();

        // Then: step 2 → 3 fails on the public case (N = 2) at its largest gap, step 3 → 4 holds
        Assert.That(chain.Steps.Select(s => s.Verdict), Is.EqualTo(new[] { StepVerdict.Holds, StepVerdict.Fails, StepVerdict.Holds }));
        Assert.That(chain.FirstFailure!.Describe(), Does.StartWith("step 2 → 3 does not hold: ").And.Contains("entry ["));
        Assert.That(chain.Summary("write-up.md"), Does.Contain("First wrong: step 2 → 3 does not hold"));
    }

    [Test]
    public void Check_UnreadableStep_IsNotCheckedAndTheNextStepIsComparedAcrossIt()
    {
        // Given a chain with a side that uses a symbol softmax-ce does not know
        var markdown = """
            $$\frac{\partial J}{\partial z^{(3)}} = \frac{1}{N}(\mathbf{q} - \Delta_i) = \frac{1}{N}(\psi(z_i^{(3)}) - \Delta_i)$$
            """;

        // When
        var chain = CheckTesting.Check(markdown).Checked.Single();

        // Then: not wrong, with the reader's own reason; the chain still holds from side 1 to side 3
        Assert.That(chain.Steps[0].Verdict, Is.EqualTo(StepVerdict.NotCheckable));
        Assert.That(chain.Steps[0].Unchecked, Is.EqualTo(UncheckedKind.Unreadable));
        Assert.That(chain.Steps[0].Reason, Does.Contain("unknown symbol q"));
        Assert.That((chain.Steps[1].Verdict, chain.Steps[1].From), Is.EqualTo((StepVerdict.Holds, 1)));
        Assert.That(chain.Failing, Is.Zero);
    }

    [Test]
    public void Check_ChainRuleFactorsAndInequality_AreNotCheckable()
    {
        // Given a chain rule's factors, then an inequality
        var markdown = """
            $$\frac{\partial J}{\partial z^{(3)}} = \frac{\partial J}{\partial a} \frac{\partial a}{\partial z^{(3)}} \le 1$$
            """;

        // When
        var chain = CheckTesting.Check(markdown).Checked.Single();

        // Then
        Assert.That(chain.Steps.Select(s => s.Unchecked), Is.EqualTo(new UncheckedKind?[] { UncheckedKind.OtherDerivative, UncheckedKind.Relation }));
        Assert.That(chain.Checked, Is.Zero);
    }

    [Test]
    public void Check_MacroInASide_IsNotCheckable()
    {
        // Given a side with the write-up's own macro
        var markdown = """
            $$\newcommand{\sm}{\psi}$$

            $$\frac{\partial J}{\partial z^{(3)}} = \frac{1}{N}(\sm(z_i^{(3)}) - \Delta_i)$$
            """;

        // When
        var chain = CheckTesting.Check(markdown).Checked.Single();

        // Then
        Assert.That(chain.Steps.Single().Unchecked, Is.EqualTo(UncheckedKind.Macro));
        Assert.That(chain.Steps.Single().Describe(), Does.Contain(@"\sm, a macro this write-up defines"));
    }

    [Test]
    public void Check_HeadingNamesOutputAndChainOpensWithEquals_IsBoundAndItsResultRead()
    {
        // Given a heading naming logistic-l2's w0 and a chain that opens with = (the left side not written)
        var markdown = """
            ### logistic-l2: w0

            $$= -\frac{1}{n} \sum_{i=1}^n \left[ y_i - \sigma(\hat{w}^T x_i) \right] + 2 \lambda w_0 = -\frac{1}{n} \sum_{i=1}^n \left[ y_i - \sigma(\hat{w}^T x_i) \right]$$
            """;

        // When
        var chain = CheckTesting.Check(markdown).Checked.Single();

        // Then: the missing left side is not checkable; dropping 2λw0 is a step that fails where λw0 ≠ 0
        Assert.That((chain.Target.Describe(), chain.Target.Origin), Is.EqualTo(("logistic-l2: w0", TargetOrigin.Heading)));
        Assert.That(chain.Steps.Select(s => s.Verdict), Is.EqualTo(new[] { StepVerdict.NotCheckable, StepVerdict.Fails }));
        Assert.That(chain.Steps[0].Unchecked, Is.EqualTo(UncheckedKind.MissingLeft));
        Assert.That(chain.Result?.ReadAs, Is.EqualTo("-(1 / n * sum(y - sigmoid(m)))"));
    }

    [Test]
    public void Check_ShapesThatCannotBeCompared_AreNotCheckable()
    {
        // Given a side summed over the batch against dZ
        var markdown = """
            $$\frac{\partial J}{\partial z^{(3)}} = \sum_{i=1}^N \frac{1}{N}(\psi(z_i^{(3)}) - \Delta_i)$$
            """;

        // When
        var step = CheckTesting.Check(markdown).Checked.Single().Steps.Single();

        // Then
        Assert.That(step.Unchecked, Is.EqualTo(UncheckedKind.Shapes));
        Assert.That(step.Reason, Does.Contain("cannot be compared entry by entry"));
    }
}
