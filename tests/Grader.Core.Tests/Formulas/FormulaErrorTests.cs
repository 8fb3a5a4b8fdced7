using Grader.Specs;
using static Grader.Core.Tests.Formulas.FormulaGrading;

namespace Grader.Core.Tests.Formulas;

/// <summary>Malformed and hostile formulas: each a clear error at its place in the formula, never a crash.</summary>
internal sealed class FormulaErrorTests
{
    private static SpecException Reject(string problem, string latex) =>
        Assert.Throws<SpecException>(() => ReadLatex(problem, latex))!;

    [Test]
    public void ReadLatex_FunctionWithoutArgument_RendersWithCaretAndHint()
    {
        // Given ψ used as if it were a value
        const string latex = @"\frac{1}{N}(\psi - \Delta_i)";

        // When
        var error = Reject("softmax-ce", latex);

        // Then
        Assert.That(error.Render(), Is.EqualTo(
            "answers.yaml:1:13: error: \\psi is a function and needs an argument\n"
            + " 1 | \\frac{1}{N}(\\psi - \\Delta_i)\n"
            + "   |             ^^^^\n"
            + "  hint: \\psi is softmax in this problem: write \\psi(...), e.g. \\psi(z^{(3)}_i)"));
    }

    [Test]
    public void ReadLatex_UnknownSymbol_SuggestsTheClosest()
    {
        // Given a capital Psi
        var error = Reject("softmax-ce", @"\Psi(z^{(3)}_i)");

        // Then
        Assert.That(error.Problem, Is.EqualTo(@"unknown symbol \Psi (did you mean '\psi'?)"));
        Assert.That(error.Location.Column, Is.EqualTo(1));
        Assert.That(error.CaretLength, Is.EqualTo(4));
    }

    [TestCase(@"\operatorname{grad}(J, W1)", "grad")]
    [TestCase(@"\text{detach}(z3)", "detach")]
    public void ReadLatex_EngineFunctions_AreForbidden(string latex, string name)
    {
        // Given a formula that asks the engine for its own answer
        var error = Reject("two-layer-l2", latex);

        // Then
        Assert.That(error.Problem, Is.EqualTo($"a formula answer may not use '{name}'"));
    }

    [TestCase(@"\frac{1}{N", 9, "'{' is not closed (found the end of the formula where it should close)")]
    [TestCase(@"(\psi(z^{(3)}_i) - \Delta_i]", 1, "'(' is not closed (found ']' where it should close)")]
    [TestCase(@"\frac{1}{N} +", 14, "expected a number, a symbol or '(', found the end of the formula")]
    [TestCase(@"\frac{\partial J}{\partial z}", 7, @"\partial is not part of a result: a formula answer is what the derivative equals")]
    [TestCase(@"\int z^{(3)}_i", 1, @"\int is not part of the formula language")]
    [TestCase(@"\psi(z^{(3)}_i) # 2", 17, "unexpected character '#' in a formula")]
    [TestCase(@"\sum \psi(z^{(3)}_i)", 1, @"a sum needs an index: \sum_{i=1}^{N} or \sum_i")]
    [TestCase(@"z^{(3)}_{i,j}", 1, "cannot read the subscript of z^{(3)}_{i,j}")]
    public void ReadLatex_Malformed_ErrorAtItsPlace(string latex, int column, string problem)
    {
        // Given a formula that does not read

        // When
        var error = Reject("softmax-ce", latex);

        // Then
        Assert.That((error.Location.Column, error.Problem), Is.EqualTo((column, problem)));
    }

    [TestCase(@"\frac{1}{N}(\psi(z_i^{(3)}) - \Delta_i) a_i^{(2)T}", "this is a matrix for each row index (an outer product u_i v_i^T), which an answer cannot be")]
    [TestCase(@"z^{(3)}_i + z^{(3)}_j", "this combines values indexed by i with values indexed by j")]
    [TestCase(@"\sum_{i=1}^{K} z^{(3)}_i", "this sum must run over all N rows that i indexes")]
    [TestCase(@"b^{(1)} b^{(1)}", "this product of a column vector of length H and a column vector of length H could be a dot product, an outer product or elementwise")]
    [TestCase(@"W^{(2)} W^{(1)T}", "cannot multiply a (K, H) matrix by a (D, H) matrix")]
    [TestCase(@"(W^{(1)})^{-1}", "a matrix inverse is not part of a formula answer")]
    [TestCase(@"\mathbb{1}[z^{(2)}_i > 1]", "an indicator must compare with 0: \\mathbb{1}[u > 0] or \\mathbb{1}[u < 0]")]
    [TestCase(@"\max(1, z^{(2)}_i)", @"\max takes 0 and one argument: \max(0, x) here")]
    public void ReadLatex_DoesNotFit_SaysWhy(string latex, string problem)
    {
        // Given a formula that reads but cannot be a value of the problem

        // When
        var error = Reject("two-layer-l2", latex);

        // Then
        Assert.That(error.Problem, Is.EqualTo(problem));
    }

    [Test]
    public void ReadLatex_HundredThousandNestedBraces_IsTooDeep()
    {
        // Given 100,000 nested braces (far past the length bound too)
        var latex = new string('{', 100_000) + "N" + new string('}', 100_000);

        // When
        var error = Reject("softmax-ce", latex);

        // Then
        Assert.That(error.Problem, Does.StartWith("the formula is 200001 characters long"));
    }

    [TestCase("{", "}")]
    [TestCase(@"\left(", @"\right)")]
    [TestCase(@"\sqrt{", "}")]
    [TestCase(@"\frac{1}{", "}")]
    [TestCase("-", "")]
    public void ReadLatex_NestedWithinTheLength_IsTooDeep(string open, string close)
    {
        // Given nesting that stays within the length bound
        var depth = 1900 / (open.Length + close.Length + 1);
        var latex = string.Concat(Enumerable.Repeat(open, depth)) + "N" + string.Concat(Enumerable.Repeat(close, depth));

        // When
        var error = Reject("softmax-ce", latex);

        // Then
        Assert.That(error.Problem, Does.StartWith("the formula nests more than 40 levels deep here"));
    }

    [Test]
    public void ReadLatex_LongChainOfProducts_IsRefusedBeforeItIsWalked()
    {
        // Given 600 juxtaposed factors: no brackets, but a tree 600 levels deep
        var latex = string.Concat(Enumerable.Repeat("N ", 600));

        // When
        var error = Reject("softmax-ce", latex);

        // Then
        Assert.That(error.Problem, Is.EqualTo("the formula has more than 200 operations in a chain"));
    }
}
