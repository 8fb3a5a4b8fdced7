using System.Diagnostics;
using System.Text;
using Grader.Derivations.Checking;

namespace Grader.Core.Tests.Derivations.Checking;

internal sealed class DerivationCheckerTests
{
    [Test]
    public void Check_ThousandChainsOfOneOutput_CheckedUpToTheLimitsInBoundedTime()
    {
        // Given 1,000 derivations of dZ
        var markdown = new StringBuilder();
        for (var k = 0; k < 1000; k++)
        {
            markdown.Append("$$\\frac{\\partial J}{\\partial z^{(3)}} = \\frac{1}{N}(\\psi(z_i^{(3)}) - \\Delta_i)$$\n\n");
        }

        // When
        var clock = Stopwatch.StartNew();
        var check = CheckTesting.Check(markdown.ToString());

        // Then: a few chains of softmax-ce checked, the rest reported over a limit
        Assert.That(check.Checked, Has.Count.EqualTo(CheckLimits.MaxChainsPerProblem));
        Assert.That(check.Skipped, Has.Count.EqualTo(1000 - CheckLimits.MaxChainsPerProblem));
        Assert.That(check.Skipped.Select(s => s.Match.Unassigned), Is.All.EqualTo(UnassignedKind.OverLimit));
        Assert.That(check.Holding, Is.EqualTo(CheckLimits.MaxChainsPerProblem));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public void Check_MalformedSides_NeverThrowAndAreNotCheckable()
    {
        // Given sides the lexer or reader refuses
        var markdown = """
            $$\frac{\partial J}{\partial z^{(3)}} = \frac{1}{N}(\psi(z_i^{(3)}) - \Delta_i = ¤ = \begin{pmatrix} 1 \end{pmatrix}$$
            """;

        // When
        var check = CheckTesting.Check(markdown);

        // Then
        Assert.That(check.Checked.Single().Steps.Select(s => s.Verdict), Is.All.EqualTo(StepVerdict.NotCheckable));
        Assert.That(check.Checked.Single().Steps.Select(s => s.Reason), Is.All.Not.Empty);
    }
}
