using Grader.Derivations.Checking;

namespace Grader.Core.Tests.Derivations.Checking;

internal sealed class TargetFinderTests
{
    [TestCase(@"\frac{\partial \tilde{J}}{\partial W^{(2)}}", "two-layer-l2: W2")]
    [TestCase(@"\frac{\partial \tilde J}{\partial W^{(2)}}", "two-layer-l2: W2")]
    [TestCase(@"\frac{\partial J}{\partial z^{(3)}}", "softmax-ce: dZ")]
    [TestCase(@"\frac{\partial J}{\partial z_i^{(3)}}(\theta)", "softmax-ce: dZ")]
    [TestCase(@"\partial J / \partial z^{(3)}", "softmax-ce: dZ")]
    [TestCase(@"\frac{\partial E}{\partial y}", "soft-targets: dy")]
    [TestCase(@"\frac{\partial C}{\partial a}", "bce-minimum: da")]
    [TestCase(@"\frac{\partial^2 C}{\partial a^2}", "bce-minimum: d2a")]
    [TestCase(@"\delta^L", "delta-output-layer: delta")]
    [TestCase(@"\frac{d}{dx}\sigma(x)", "sigmoid-derivative: ds")]
    [TestCase(@"\nabla_{w_0} l", "logistic-l2: w0")]
    public void Find_LeftSideDerivative_IsTheOutput(string left, string expected)
    {
        // Given a chain that starts with a derivative
        var chain = WriteUpTesting.Read($"$${left} = 0$$").Chains.Single();

        // When
        var match = new TargetFinder(CheckTesting.Problems).Find(chain);

        // Then
        Assert.That(match.Target?.Describe(), Is.EqualTo(expected), match.Reason);
    }

    [TestCase("## softmax-ce", @"\frac{\partial L}{\partial z^{(3)}}", "softmax-ce: dZ")]
    [TestCase("### two-layer-l2: W1", @"\frac{\partial \tilde J}{\partial W^{(1)}}", "two-layer-l2: W1")]
    [TestCase("## elastic-net", @"\nabla_{W} L", "elastic-net: dW")]
    public void Find_HeadingNamesProblem_IsPreferred(string heading, string left, string expected)
    {
        // Given a heading naming a problem id above the chain
        var chain = WriteUpTesting.Read($"{heading}\n\n$${left} = 0$$").Chains.Single();

        // When
        var match = new TargetFinder(CheckTesting.Problems).Find(chain);

        // Then
        Assert.That((match.Target?.Describe(), match.Target?.Origin), Is.EqualTo((expected, TargetOrigin.Heading)), match.Reason);
    }

    [Test]
    public void Find_DerivativeTwoProblemsFitEqually_IsAmbiguousAndSaysHowToFixIt()
    {
        // Given ∂L/∂W^{(1)}: toy-network's loss is L, elastic-net's notation spells W^{(1)}; no side to decide
        var chain = WriteUpTesting.Read(@"$$\frac{\partial L}{\partial W^{(1)}} = \frac{\partial L}{\partial h} x$$").Chains.Single();

        // When
        var match = new TargetFinder(CheckTesting.Problems).Find(chain);

        // Then
        Assert.That(match.Target, Is.Null);
        Assert.That(match.Unassigned, Is.EqualTo(UnassignedKind.Ambiguous));
        Assert.That(match.Reason, Does.Contain("toy-network: W1 or elastic-net: dW").And.Contains("## problem-id"));
    }

    [Test]
    public void Find_AmbiguousButOnlyOneProblemReadsTheSides_IsThatProblem()
    {
        // Given seed 002's ∇_{W^{(1)}}(L) = λ_{11} sign(W^{(1)}) + 2λ_{12} W^{(1)}: only elastic-net knows λ_{11}
        var chain = WriteUpTesting.Read(@"$$\nabla_{\mathbf{W}^{(1)}}(L) = \lambda_{11} \text{sign}(\mathbf{W}^{(1)}) + 2\lambda_{12} \mathbf{W}^{(1)}$$").Chains.Single();

        // When
        var match = new TargetFinder(CheckTesting.Problems).Find(chain);

        // Then
        Assert.That((match.Target?.Describe(), match.Target?.Origin), Is.EqualTo(("elastic-net: dW", TargetOrigin.LeftSideAndReading)));
    }

    [TestCase(@"\frac{\partial l_k}{\partial b^{(1)}}", UnassignedKind.NoSuchOutput)]
    [TestCase(@"\frac{\partial a_i}{\partial z_i^{(3)}}", UnassignedKind.NoSuchOutput)]
    [TestCase(@"\frac{\partial^2 J}{\partial z^2}", UnassignedKind.NotADerivative)]
    [TestCase(@"J(\theta)", UnassignedKind.NotADerivative)]
    public void Find_NoOutputsDerivative_IsNotAssigned(string left, UnassignedKind expected)
    {
        // Given a per-example loss, a factor of the chain rule, a second derivative, a loss
        var chain = WriteUpTesting.Read($"$${left} = 0$$").Chains.Single();

        // When
        var match = new TargetFinder(CheckTesting.Problems).Find(chain);

        // Then
        Assert.That((match.Target, match.Unassigned), Is.EqualTo(((ChainTarget?)null, (UnassignedKind?)expected)));
    }

    [Test]
    public void Find_HeadingOutputContradictsLeftSide_IsNotAssigned()
    {
        // Given a heading naming W2 over a derivative with respect to b^{(2)}
        var chain = WriteUpTesting.Read("## two-layer-l2: W2\n\n$$\\frac{\\partial \\tilde{J}}{\\partial b^{(2)}} = 0$$").Chains.Single();

        // When
        var match = new TargetFinder(CheckTesting.Problems).Find(chain);

        // Then
        Assert.That(match.Unassigned, Is.EqualTo(UnassignedKind.HeadingConflict));
        Assert.That(match.Reason, Is.EqualTo("the heading names two-layer-l2: W2, but the derivative with respect to b^{(2)} is its output b2"));
    }

    [Test]
    public void Find_PlainJWhereTheProblemsLossIsJTilde_IsNotBound()
    {
        // Given ∂J/∂W^{(2)} of the loss without the penalty (seed 003 writes J and J̃ apart); two-layer-l2's J is J̃
        var chain = WriteUpTesting.Read(@"$$\frac{\partial J}{\partial W^{(2)}} = \frac{1}{N} \sum_i (\psi(z^{(3)}_i) - \Delta_i) a^{(2)T}_i$$").Chains.Single();

        // When
        var match = new TargetFinder(CheckTesting.Problems).Find(chain);

        // Then: not checked against W2 (it would fail by 2λW2, a false wrong step)
        Assert.That(match.Target, Is.Null, match.Target?.Describe());
    }
}
