using Grader.Core.Tests.Formulas;
using Grader.Derivations;
using Grader.Derivations.Checking;
using Grader.Testing;

namespace Grader.Core.Tests.Derivations.Checking;

/// <summary>
/// The five seed write-ups checked step by step against the catalogue: a snapshot (reviewed by hand) of
/// every chain that got a target and its steps' verdicts, and the chains the issue names.
/// </summary>
internal sealed class SeedCheckTests
{
    [TestCase("seed-000")]
    [TestCase("seed-001")]
    [TestCase("seed-002")]
    [TestCase("seed-003")]
    [TestCase("seed-004")]
    public void Check_Seed_MatchesSnapshot(string seed)
    {
        // Given a seed write-up
        var writeUp = SeedWriteUpTests.ReadSeed(seed);

        // When its chains are checked
        var check = CheckTesting.Checker.Check(writeUp);

        // Then the verdicts are the reviewed ones
        Snapshot.Verify(CheckTesting.Render(check), methodName: $"Check_{seed}");
    }

    [Test]
    public void Check_Seed003CrossEntropyGradient_HoldsFromFirstToLastSide()
    {
        // Given seed 003, 2.1 a): ∂J/∂z^{(3)} = … = (ψ(z^{(3)}_i) − Δ_i)/N over seven steps
        var check = Checked("seed-003", line: 94);

        // Then: bound to softmax-ce's dZ; nothing fails; the chain holds from side 1 to side 7 (the loss
        // written out entry by entry, Σ_j over the classes) and on to the result
        Assert.That(check.Target.Describe(), Is.EqualTo("softmax-ce: dZ"));
        Assert.That(check.Failing, Is.Zero);
        Assert.That(check.Steps.TakeLast(2).Select(s => s.Describe()), Is.EqualTo(new[] { "step 1 → 7 (sides 2–6 not evaluated) holds", "step 7 → 8 holds" }));
        Assert.That(FormulaGrading.Grade("softmax-ce", "dZ", check.Result!), Is.EqualTo(FormulaGrading.Right));
    }

    [Test]
    public void Check_Seed000SoftmaxDerivative_FindsTheJacobianStep()
    {
        // Given seed 000, 2.a: ∂J/∂z = ∂J/∂a ∂a/∂z = −1/(Nψ_y) ψ_y(1 − ψ_y) = (ψ_y − 1)/N, the Jacobian taken on the true class only
        var check = Checked("seed-000", line: 41);

        // Then: the chain rule's line is not read; from the target to ψ_y(1 − ψ_y)/… the chain breaks (every
        // entry of a row against the one number per row); the algebra after it holds
        Assert.That(check.Steps.Select(s => s.Verdict), Is.EqualTo(new[] { StepVerdict.NotCheckable, StepVerdict.Fails, StepVerdict.Holds }));
        var failure = check.FirstFailure!;
        Assert.That((failure.Step, failure.From, failure.To), Is.EqualTo((2, 1, 3)));
        Assert.That(failure.Describe(), Does.StartWith("step 1 → 3 (side 2 not evaluated) does not hold: on the public case (N = 2, K = 3; Z = [[1, 2, 0.5], [0.1, -1, 3]], y = [1, 2]), entry [0, 0]: left 0.116, right −0.186"));
    }

    [Test]
    public void Check_Seed001SoftTargets_Holds()
    {
        // Given seed 001, Question 2: ∂E/∂y_i = Σ_k ∂e_k/∂y_i = … = softmax(y)_i Σ_k t_k − t_i
        var check = Checked("seed-001", line: 122);

        // Then
        Assert.That((check.Target.Describe(), check.Failing, check.Holding), Is.EqualTo(("soft-targets: dy", 0, 1)));
        Assert.That(FormulaGrading.Grade("soft-targets", "dy", check.Result!), Is.EqualTo(FormulaGrading.Right));
    }

    [Test]
    public void Check_Seed002ElasticNet_Holds()
    {
        // Given seed 002, part 18: ∇_{W^{(1)}}(L) = λ_{11} sign(W^{(1)}) + 2λ_{12} W^{(1)}
        var check = Checked("seed-002", line: 231);

        // Then: checked on elastic-net's cases, zeros of W included (sign(0) is in the interval)
        Assert.That((check.Target.Describe(), check.Steps.Single().Verdict), Is.EqualTo(("elastic-net: dW", StepVerdict.Holds)));
    }

    [Test]
    public void Check_Seed004BiasGradient_HasNoTargetAndItsFormulaIsNotRegularized()
    {
        // Given seed 004, Problem 4: "= −1/n Σ[y_i − σ(ŵᵀx_i)] (70)" after prose, under "## Problem 4"
        var writeUp = SeedWriteUpTests.ReadSeed("seed-004");

        // When it is checked as written, and with the heading the handout asks for
        var skipped = CheckTesting.Checker.Check(writeUp).Skipped.Single(s => s.Chain.First.Span.Line == 262);
        var headed = CheckTesting.Check(WithHeading("seed-004", line: 262, "### logistic-l2: w0")).Checked.Single(c => c.Target.OutputName == "w0");

        // Then: as written, no target (no left side, no problem id); with the heading, the formula is the
        // reference w0: the prose says the bias's regularization gradient is the bias, the formula leaves it out
        Assert.That(skipped.Match.Unassigned, Is.EqualTo(UnassignedKind.NotADerivative));
        Assert.That(headed.Steps.Single().Unchecked, Is.EqualTo(UncheckedKind.MissingLeft));
        Assert.That(FormulaGrading.Grade("logistic-l2", "w0", headed.Result!), Is.EqualTo(FormulaGrading.Right));
    }

    [Test]
    public void Check_Seed004WeightGradient_FailsWhereTheTermsAreAdded()
    {
        // Given seed 004, Problem 4's w chain "= 2λw (66)", "= −1/n Σ[… σ … + (y_i − 1) x_i σ] + 2λw (67)", "= … (68)", under a heading naming w
        var check = CheckTesting.Check(WithHeading("seed-004", line: 250, "### logistic-l2: w")).Checked.First(c => c.Target.OutputName == "w");

        // Then: (67) took e^{ŵᵀx}/(1 + e^{ŵᵀx}) for 1 − σ, so (67) → (68) fails; (68) is the reference
        Assert.That(check.Steps[2].Verdict, Is.EqualTo(StepVerdict.Fails));
        Assert.That(FormulaGrading.Grade("logistic-l2", "w", check.Result!), Is.EqualTo(FormulaGrading.Right));
    }

    private static ChainCheck Checked(string seed, int line) =>
        CheckTesting.Checker.Check(SeedWriteUpTests.ReadSeed(seed)).Checked.Single(c => c.Chain.First.Span.Line == line);

    /// <summary>The seed's text with a heading inserted two lines above a line: what a student following the handout would write.</summary>
    private static string WithHeading(string seed, int line, string heading)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Repository, "tests", "Grader.Core.Tests", "Derivations", "Seeds", seed + ".md")).ToList();
        lines.Insert(line - 2, heading + "\n");
        return string.Join("\n", lines);
    }
}
