using System.Xml.Linq;
using Grader.Cli.Handouts;
using Grader.Values;

namespace Grader.Cli.Tests.Handouts;

public sealed class MathMLWriterTests
{
    [Test]
    public void Element_Matrix_IsABlockBracketedTable()
    {
        // Given
        var x = new NamedTensor("X", [], Tensor.Matrix(new double[,] { { 0.6, -1 }, { 0.8, 2 } }));

        // When
        var math = MathMLWriter.Element(x);

        // Then
        Assert.That(math, Is.EqualTo(
            "<math display=\"block\"><mi>X</mi><mo>=</mo><mrow><mo>[</mo><mtable>"
            + "<mtr><mtd><mn>0.6</mn></mtd><mtd><mn>-1</mn></mtd></mtr>"
            + "<mtr><mtd><mn>0.8</mn></mtd><mtd><mn>2</mn></mtd></mtr>"
            + "</mtable><mo>]</mo></mrow></math>"));
    }

    [Test]
    public void Element_Scalar_IsInline()
    {
        Assert.That(MathMLWriter.Element(new NamedTensor("lr", [], Tensor.Scalar(0.25))), Is.EqualTo("<math><mi>lr</mi><mo>=</mo><mn>0.25</mn></math>"));
    }

    [Test]
    public void Elements_List_NamesEachItemByItsIndex()
    {
        // Given
        var weights = new TensorList([Tensor.Matrix(new double[,] { { 1, 2 } }), Tensor.Matrix(new double[,] { { 3 } })]);

        // When
        var elements = MathMLWriter.Elements("weights", weights).ToList();

        // Then
        Assert.That(elements, Has.Count.EqualTo(2));
        Assert.That(elements[1], Does.StartWith("<math display=\"block\"><mrow><mi>weights</mi><mo stretchy=\"false\">[</mo><mn>1</mn><mo stretchy=\"false\">]</mo></mrow><mo>=</mo>"));
    }

    [Test]
    public void Element_HostileName_IsEscapedAndWellFormed()
    {
        // Given
        var named = new NamedTensor("a<script>&\u202e", [], Tensor.Vector(1, double.NaN, double.NegativeInfinity));

        // When
        var math = MathMLWriter.Element(named);

        // Then
        Assert.That(math, Does.Not.Contain("<script"));
        Assert.That(math, Does.Contain("<mi>a&lt;script&gt;&amp;\\u202e</mi>"));
        var root = XElement.Parse(math);
        Assert.That(root.Descendants("mtd").Count(), Is.EqualTo(3));
        Assert.That(root.Descendants("mi").Select(e => e.Value), Does.Contain("NaN").And.Contain("∞"));
    }
}
