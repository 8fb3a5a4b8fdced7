using Grader.Cases;
using Grader.Formulas;
using Grader.Reference;
using Grader.Specs;
using Grader.Specs.Generators;
using Grader.Values;

namespace Grader.Core.Tests.Formulas;

/// <summary>The catalogue specs' notation: it reads, it accepts at least the drafted spellings, and a formula's cost is bounded per case.</summary>
internal sealed class SpecNotationTests
{
    [TestCase("softmax-ce")]
    [TestCase("two-layer-l2")]
    [TestCase("toy-network")]
    [TestCase("elastic-net")]
    [TestCase("logistic-l2")]
    [TestCase("activations")]
    [TestCase("bce")]
    [TestCase("soft-targets")]
    [TestCase("lr-range")]
    [TestCase("nielsen-backprop")]
    public void Notation_CatalogueSpec_AcceptsEveryDraftedSpelling(string problem)
    {
        // Given
        var spec = SpecLoader.LoadFile(Path.Combine(TestPaths.Problems, problem + ".yaml"));

        // When
        var notation = Notation.Of(spec.Notation);
        _ = FormulaContext.Create(CompiledProblem.Compile(spec));

        // Then
        var draft = DraftNotations.For(problem);
        Assert.That(notation.Vectors, Is.EqualTo(draft.Vectors));
        foreach (var entry in draft.Entries)
        {
            Assert.That(notation.Find(entry.Key)?.Describe(), Is.EqualTo(entry.Describe()), entry.Spelling);
        }
    }

    [TestCase("notation: {vectors: colums}", "'colums' is not a way vectors stand (did you mean 'columns'?)")]
    [TestCase("notation: {symbols: {\\psi: [softmax]}}", "the meaning of '\\psi' must be one expression")]
    [TestCase("notation: {vector: rows}", "unknown key 'vector'")]
    public void Load_BadNotation_IsASpecError(string yaml, string expected)
    {
        // Given
        var text = File.ReadAllText(Path.Combine(TestPaths.Problems, "bce.yaml")).Replace("notation:\n  vectors: entries", yaml, StringComparison.Ordinal);

        // When
        var error = Assert.Throws<SpecException>(() => SpecLoader.Load(new SpecFile("bce.yaml", text)));

        // Then
        Assert.That(error!.Problem, Does.Contain(expected));
        Assert.That(error.Location.Line, Is.GreaterThan(1));
    }

    [Test]
    public void Evaluate_CaseTooLargeForTheFormula_IsRefusedBeforeEvaluating()
    {
        // Given an outer product of the batch with itself, on a case with N = 10⁵ (10¹⁰ entries)
        var context = FormulaGrading.Context("softmax-ce");
        var reading = context.ReadNumpy(SourceText.Inline("Z @ Z.T", "answers.yaml"));
        var big = new GradingCase("big", true, new DimScope(new Dictionary<string, int> { ["N"] = 100_000, ["K"] = 3 }), new Dictionary<string, Value>());

        // When
        var error = Assert.Throws<SpecException>(() => context.Evaluate(reading, context.Bind(big)));

        // Then
        Assert.That(error!.Problem, Does.Contain("(N, N), 10,000,000,000 entries"));
    }

    [Test]
    public void Evaluate_FormulaWithTooMuchArithmetic_IsRefusedBeforeEvaluating()
    {
        // Given a product of two N × N matrices, each part small enough, on a case with N = 2000 (8·10⁹ operations)
        var context = FormulaGrading.Context("softmax-ce");
        var reading = context.ReadNumpy(SourceText.Inline("sum((Z @ Z.T) @ (Z @ Z.T))", "answers.yaml"));
        var big = new GradingCase("big", true, new DimScope(new Dictionary<string, int> { ["N"] = 2000, ["K"] = 3 }), new Dictionary<string, Value>());

        // When
        var error = Assert.Throws<SpecException>(() => context.Evaluate(reading, context.Bind(big)));

        // Then: located at the product that went past the bound
        Assert.That(error!.Problem, Does.Contain("more than 50,000,000 operations"));
        Assert.That(error.Location.Column, Is.EqualTo(6));
    }
}
