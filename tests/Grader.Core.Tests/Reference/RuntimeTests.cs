using Grader.Reference;
using Grader.Specs;
using Grader.Values;
using static Grader.Core.Tests.Reference.Models;

namespace Grader.Core.Tests.Reference;

/// <summary>Evaluation: run-time shape errors, input binding, kinks, loops, integers.</summary>
internal sealed class RuntimeTests
{
    [Test]
    public void Evaluate_ListElementsThatDoNotAlign_ReportsConcreteShapesAtTheOperator()
    {
        // Given: element shapes are unknown when compiling
        var program = Compile("h = weights[0] @ x", [Float("x", "m"), List("weights", "n[i+1]", "n[i]")], ("h", "h"));
        var inputs = Inputs(("x", V(1, 2, 3)), ("weights", new TensorList([Tensor.Zeros(2, 5)])));

        // When
        var error = Assert.Throws<SpecException>(() => program.Evaluate(inputs));

        // Then
        Assert.That(error!.Render(), Is.EqualTo(
            "<model>:1:16: error: shapes (2, 5) and (3,) do not align for '@': inner dimensions 5 and 3 differ\n"
            + " 1 | h = weights[0] @ x\n   |                ^\n  hint: this happened while evaluating the model on the case's inputs"));
    }

    [Test]
    public void Evaluate_IndexedListDimensionsDisagree_ReportsTheInput()
    {
        // Given: n[1] is 3 from weights[0] but 4 from weights[1]
        var program = CatalogueNetworkTests.Nielsen();
        var inputs = Inputs(
            ("x", M(new[,] { { 0.5 }, { -0.3 } })),
            ("y", M(new[,] { { 1.0 } })),
            ("weights", new TensorList([Tensor.Zeros(3, 2), Tensor.Zeros(1, 4)])),
            ("biases", new TensorList([Tensor.Zeros(3, 1), Tensor.Zeros(1, 1)])));

        // When
        var error = Assert.Throws<SpecException>(() => program.Evaluate(inputs));

        // Then
        Assert.That(error!.Problem, Is.EqualTo("dimension 1 of element 1 of input 'weights' is n[1] = 4, but another input has n[1] = 3"));
    }

    [Test]
    public void Evaluate_DimensionSymbolsDisagree_ReportsBothSizes()
    {
        // Given
        var program = CatalogueModelsTests.SoftmaxCe();

        // When
        var error = Assert.Throws<SpecException>(() => program.Evaluate(Inputs(("Z", Tensor.Zeros(2, 3)), ("y", Labels(0, 1, 2)))));

        // Then
        Assert.That(error!.Problem, Is.EqualTo("dimension 0 of input 'y' is N = 3, but another input has N = 2"));
    }

    [Test]
    public void Evaluate_LabelOutOfRange_ReportsItAtPick()
    {
        // Given
        var program = CatalogueModelsTests.SoftmaxCe();

        // When
        var error = Assert.Throws<SpecException>(() => program.Evaluate(Inputs(("Z", Tensor.Zeros(2, 3)), ("y", Labels(0, 3)))));

        // Then
        Assert.That(error!.Message, Is.EqualTo("<model>:1:11: label 3 is not an integer in [0, 3)"));
    }

    [Test]
    public void Evaluate_IntegerArithmeticForBounds_StaysInteger()
    {
        // Given
        var program = Compile(
            "total = 0\nfor i in range(1, min(N, 10) + 1, 2):\n    total = total + i\nhalf = N // 2\nq = 1 / N",
            [Float("x", "N")],
            ("total", "total"), ("half", "half"), ("q", "q"), ("count", "len(x)"), ("top", "max(N, 2)"));

        // When
        var result = program.Evaluate(Inputs(("x", Tensor.Zeros(5))));

        // Then
        Assert.That(Output(result, "total").IsInteger, Is.True);
        Assert.That(Output(result, "total").ScalarValue, Is.EqualTo(1 + 3 + 5));
        Assert.That(Output(result, "half").ScalarValue, Is.EqualTo(2));
        Assert.That(Output(result, "q").ScalarValue, Is.EqualTo(0.2));
        Assert.That(Output(result, "q").IsInteger, Is.False);
        Assert.That(Output(result, "count").ScalarValue, Is.EqualTo(5));
        Assert.That(Output(result, "top").ScalarValue, Is.EqualTo(5));
    }

    [Test]
    public void Evaluate_SlicesClampLikePython()
    {
        // Given
        var program = Compile(
            null,
            [Float("X", "N", "2")],
            ("tail", "X[3:]"), ("over", "X[1:99]"), ("head", "X[:1]"), ("neg", "X[-1:]"), ("empty", "X[2:1]"), ("row", "X[1]"));
        var x = M(new[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } });

        // When
        var result = program.Evaluate(Inputs(("X", x)));

        // Then
        Assert.That(Output(result, "tail").ShapeArray(), Is.EqualTo(new[] { 0, 2 }));
        AssertClose(Output(result, "over"), M(new[,] { { 3, 4 }, { 5, 6 } }), 0);
        AssertClose(Output(result, "head"), M(new[,] { { 1, 2 } }), 0);
        AssertClose(Output(result, "neg"), M(new[,] { { 5, 6 } }), 0);
        Assert.That(Output(result, "empty").ShapeArray(), Is.EqualTo(new[] { 0, 2 }));
        AssertClose(Output(result, "row"), V(3, 4), 0);
    }

    [Test]
    [SetCulture("de-DE")]
    public void Compile_UnderGermanCulture_ParsesNumbersAndFormatsMessagesInvariantly()
    {
        // Given
        var program = Compile("y = 1.5e-1 * x", [Float("x", "N")], ("y", "y"));

        // When
        var value = Output(program.Evaluate(Inputs(("x", V(2)))), "y");
        var error = Assert.Throws<SpecException>(() => Compile("U = x @ W", [Float("x", "3"), Float("W", "2", "4")]));

        // Then
        Assert.That(value[0], Is.EqualTo(0.3).Within(1e-15));
        Assert.That(error!.Problem, Is.EqualTo("shapes (3,) and (2, 4) do not align for '@': inner dimensions 3 and 2 differ"));
    }
}
