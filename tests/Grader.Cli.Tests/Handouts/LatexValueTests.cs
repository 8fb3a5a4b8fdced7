using Grader.Cli.Handouts;
using Grader.Values;

namespace Grader.Cli.Tests.Handouts;

public sealed class LatexValueTests
{
    [Test]
    public void Paragraphs_Matrix_IsDisplayMathWithABracketMatrix()
    {
        // Given
        var x = Tensor.Matrix(new double[,] { { 0.6, -1 }, { 0.8, 1e-5 } });

        // When
        var paragraphs = LatexValue.Paragraphs("X", x).ToList();

        // Then
        Assert.That(paragraphs, Is.EqualTo(new[] { @"$$ X = \begin{bmatrix} 0.6 & -1 \\ 0.8 & 0.00001 \end{bmatrix} $$" }));
    }

    [Test]
    public void Paragraphs_IntVectorAndScalar_AreARowAndInlineMath()
    {
        Assert.That(LatexValue.Paragraphs("y", Tensor.IntVector(1, 0, 2)).Single(), Is.EqualTo(@"$$ y = \begin{bmatrix} 1 & 0 & 2 \end{bmatrix} $$"));
        Assert.That(LatexValue.Paragraphs("b2", Tensor.Scalar(-0.7)).Single(), Is.EqualTo(@"$\mathrm{b2} = -0.7$"));
    }

    [Test]
    public void Paragraphs_List_IsOneBlockPerItemWithPythonsIndex()
    {
        // Given
        var biases = new TensorList([Tensor.Matrix(new double[,] { { 0 }, { 0.1 } }), Tensor.Matrix(new double[,] { { 0.05 } })]);

        // When
        var paragraphs = LatexValue.Paragraphs("biases", biases).ToList();

        // Then
        Assert.That(paragraphs, Is.EqualTo(new[]
        {
            @"$$ \mathrm{biases}[0] = \begin{bmatrix} 0 \\ 0.1 \end{bmatrix} $$",
            @"$$ \mathrm{biases}[1] = \begin{bmatrix} 0.05 \end{bmatrix} $$",
        }));
    }

    [TestCase("batch_size", @"\mathrm{batch\_size}")]
    [TestCase("x", "x")]
    [TestCase("a}b$", @"\mathrm{a?b?}")]
    public void Symbol_Name_IsReadAsAName(string name, string expected)
    {
        Assert.That(LatexValue.Symbol(new NamedTensor(name, [], Tensor.Scalar(1))), Is.EqualTo(expected));
    }
}
