using Grader.Checking;
using Grader.Core.Tests.Grading;
using Grader.Grading;
using Grader.Reference;
using Grader.Running;
using Grader.Testing;

namespace Grader.Core.Tests.Running.Answers;

/// <summary>
/// List outputs answered by formulas, layer by layer (nielsen-backprop): the student defines δ^L and
/// δ^l beside nabla_b and nabla_w, as Nielsen's chapter 2 and seed 004 write them, and Grader builds
/// the lists for every case's number of layers.
/// </summary>
[NonParallelizable]
public sealed class LayerFormulaTests
{
    private const string LatexDelta = """
          \delta^L: $(a^L - y) \odot \sigma'(z^L)$
          \delta^l: $((w^{l+1})^T \delta^{l+1}) \odot \sigma'(z^l)$
        """;

    private static readonly GradingPlan Plan = SubmissionFolder.Plan("nielsen-backprop");
    private SubmissionFolder _folder = null!;

    [SetUp]
    public void MakeFolder() => _folder = new SubmissionFolder("layer-formulas-");

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public async Task Grade_NielsenEquationsInLatex_PassEveryCase()
    {
        // Given BP1–BP4 as Nielsen writes them
        var problem = await Grade($"""
            nielsen-backprop:
            {LatexDelta}
              nabla_b: $\delta^l$
              nabla_w: $\delta^l (a^{"{"}l-1{"}"})^T$
            """);

        // Then: right on every case, whatever its number of layers (2 to 5)
        Assert.That(problem.Status, Is.EqualTo(ProblemStatus.Passed), problem.Feedback);
        Assert.That(problem.Cases.Count(c => c.Hidden), Is.GreaterThan(0));
        Assert.That(problem.Formulas.Select(f => f.ReadAs), Is.EqualTo(new[]
        {
            "(acts[L] - y) * (sigmoid(zs[L - 1]) * (1 - sigmoid(zs[L - 1])))",
            "weights[l].T @ delta[l] * (sigmoid(zs[l - 1]) * (1 - sigmoid(zs[l - 1])))",
            "delta[l - 1]",
            "delta[l - 1] @ acts[l - 1].T",
        }));
    }

    [Test]
    public async Task Grade_Seed004BP1WithNablaC_PassEveryCase()
    {
        // Given seed 004's BP1 as written, with ∇_a C (the notation's name for a^L − y)
        var problem = await Grade($$"""
            nielsen-backprop:
              \delta^L: $\nabla_a C \odot \sigma'(z^L)$
              \delta^l: $((w^{l+1})^T \delta^{l+1}) \odot \sigma'(z^l)$
              nabla_b: $\delta^l$
              nabla_w: $\delta^l (a^{l-1})^T$
            """);

        // Then
        Assert.That(problem.Status, Is.EqualTo(ProblemStatus.Passed), problem.Feedback);
        Assert.That(problem.Formulas[0].ReadAs, Is.EqualTo("(acts[L] - y) * (sigmoid(zs[L - 1]) * (1 - sigmoid(zs[L - 1])))"));
    }

    [Test]
    public async Task Grade_NielsenInNumpySyntax_PassEveryCase()
    {
        // Given the same, with lists indexed from 0 (zs[l - 1] is z^l, acts[0] is x, delta[l - 1] is δ^l)
        var problem = await Grade("""
            nielsen-backprop:
              delta^L: (acts[L] - y) * sigmoid(zs[L - 1]) * (1 - sigmoid(zs[L - 1]))
              delta^l: (weights[l].T @ delta[l]) * sigmoid(zs[l - 1]) * (1 - sigmoid(zs[l - 1]))
              nabla_b: delta[l - 1]
              nabla_w: delta[l - 1] @ acts[l - 1].T
            """);

        // Then
        Assert.That(problem.Status, Is.EqualTo(ProblemStatus.Passed), problem.Feedback);
    }

    [Test]
    public async Task Grade_SigmaPrimeOfTheActivation_IsTheSigmoidGradOfOutputMistake()
    {
        // Given σ′ applied to a^l rather than z^l, in every layer (the catalogue's mistake model)
        var problem = await Grade($$"""
            nielsen-backprop:
              \delta^L: $(a^L - y) \odot \sigma'(a^L)$
              \delta^l: $((w^{l+1})^T \delta^{l+1}) \odot \sigma'(a^l)$
              nabla_b: $\delta^l$
              nabla_w: $\delta^l (a^{l-1})^T$
            """);

        // Then
        Assert.That(problem.DiagnosisIds, Does.Contain("sigmoid-grad-of-output"));
    }

    [Test]
    public async Task Grade_DeltaNotDefined_IsAnErrorOfTheOutputsThatUseIt()
    {
        // Given nabla_b uses δ^l, which the answer never defines
        var problem = await Grade("""
            nielsen-backprop:
              nabla_b: $\delta^l$
            """);

        // Then: located at the use, saying what to add
        var error = problem.Formulas.Single(f => f.Output == "nabla_b").Error;
        Assert.That(error, Does.StartWith("answers.yaml:2:13: error: \\delta^l is used here, but answers.yaml does not define \\delta^L and \\delta^l"));
        Assert.That(problem.DiagnosisIds, Does.Contain(DiagnosisIds.FormulaUnreadable));
    }

    [Test]
    public async Task Grade_DeltaFromTheLayerBefore_SaysItIsNotKnownYet()
    {
        // Given δ^l written from δ^{l-1}: the recurrence runs the wrong way
        var problem = await Grade($$"""
            nielsen-backprop:
              \delta^L: $(a^L - y) \odot \sigma'(z^L)$
              \delta^l: $\delta^{l-1} \odot \sigma'(z^l)$
              nabla_b: $\delta^l$
            """);

        // Then: nabla_b fails on every case with the recurrence's error; nabla_w is not answered
        Assert.That(problem.Status, Is.Not.EqualTo(ProblemStatus.Passed));
        var said = problem.Cases[0].OutputProblems.Single(p => p.Contains("nabla_b", StringComparison.Ordinal));
        Assert.That(said, Does.Contain("computing \\delta^l for l = 1, this uses \\delta of layer 0").Or.Contain("this uses \\delta of layer"));
    }

    private async Task<ProblemScore> Grade(string answers)
    {
        await _folder.Write("answers.yaml", answers);
        var report = await _folder.Grade(Plan);
        return report.Problems.Single(p => p.ProblemId == "nielsen-backprop");
    }
}
