using Grader.Reference;
using Grader.Specs;
using static Grader.Core.Tests.Reference.Models;

namespace Grader.Core.Tests.Reference;

/// <summary>What an instructor sees when a model or an output expression is wrong.</summary>
internal sealed class CompileErrorTests
{
    private static readonly InputDeclaration[] ToyInputs =
        [Float("X", "N", "2"), Float("t", "N"), Float("W1", "2", "H"), Float("b1", "H"), Float("w2", "H"), Float("b2")];

    [Test]
    public void Compile_ListPlusArray_SaysToBracketTheArray()
    {
        // Given a list extended with an array, not a list of it
        const string model = "Z = [X]\nZ = Z + X";

        // When
        var error = Assert.Throws<SpecException>(() => Compile(model, ToyInputs));

        // Then
        Assert.That(error!.Problem, Is.EqualTo("a list is extended with a list, got (N, 2)"));
        Assert.That(error.Hint, Does.Contain("acts = acts + [a]"));
    }

    [Test]
    public void Compile_MisspeltFunction_SuggestsTheRightOne()
    {
        // Given
        const string model = "U = X @ W1 + b1\nZ = reluu(U)\n";

        // When
        var error = Assert.Throws<SpecException>(() => Compile(model, ToyInputs));

        // Then
        Assert.That(error!.Render(), Is.EqualTo("<model>:2:5: error: unknown function 'reluu' (did you mean 'relu'?)\n 2 | Z = reluu(U)\n   |     ^^^^^"));
    }

    [Test]
    public void Compile_UnknownVariableInOutput_SuggestsAModelVariable()
    {
        // Given
        const string model = "U = X @ W1 + b1\nL = sum(U)";

        // When
        var error = Assert.Throws<SpecException>(() => Compile(model, ToyInputs, ("W1", "grad(L, W11)")));

        // Then
        Assert.That(error!.Problem, Is.EqualTo("unknown variable 'W11' (did you mean 'W1'?)"));
        Assert.That(error.Location, Is.EqualTo(new SourceLocation("<output W1>", 1, 9)));
        Assert.That(error.CaretLength, Is.EqualTo(3));
    }

    [Test]
    public void Compile_VariableUsedBeforeAssignment_IsUnknown()
    {
        // Given
        const string model = "L = sum(Z)\nZ = relu(X)";

        // When
        var error = Assert.Throws<SpecException>(() => Compile(model, ToyInputs));

        // Then
        Assert.That(error!.Message, Is.EqualTo("<model>:1:9: unknown variable 'Z' (did you mean 'X'?)"));
    }

    [Test]
    public void Compile_WrongArgumentCount_NamesTheFunction()
    {
        // Given
        const string model = "Z = sigmoid(X, W1)";

        // When
        var error = Assert.Throws<SpecException>(() => Compile(model, ToyInputs));

        // Then
        Assert.That(error!.Message, Is.EqualTo("<model>:1:5: 'sigmoid' takes 1 argument, got 2"));
    }

    [Test]
    public void Compile_MisspeltKeyword_SuggestsAxis()
    {
        // Given
        const string model = "Z = sum(X, axes=1)";

        // When
        var error = Assert.Throws<SpecException>(() => Compile(model, ToyInputs));

        // Then
        Assert.That(error!.Message, Is.EqualTo("<model>:1:12: 'sum' has no argument 'axes' (did you mean 'axis'?)"));
    }

    [Test]
    public void Compile_AxisOutOfRange_NamesTheShape()
    {
        // Given
        const string model = "Z = log_softmax(t, axis=1)";

        // When
        var error = Assert.Throws<SpecException>(() => Compile(model, ToyInputs));

        // Then
        Assert.That(error!.Message, Is.EqualTo("<model>:1:25: axis 1 is out of range for an array of shape (N,)"));
    }

    [Test]
    public void Compile_MatMulInnerDimensionsDiffer_NamesBothShapes()
    {
        // Given
        InputDeclaration[] inputs = [Float("X", "N", "2"), Float("W", "3", "H")];

        // When
        var error = Assert.Throws<SpecException>(() => Compile("U = X @ W", inputs));

        // Then
        Assert.That(error!.Render(), Is.EqualTo(
            "<model>:1:7: error: shapes (N, 2) and (3, H) do not align for '@': inner dimensions 2 and 3 differ\n 1 | U = X @ W\n   |       ^"));
    }

    [Test]
    public void Compile_BroadcastOfDifferentSymbols_IsAnError()
    {
        // Given
        const string model = "U = X @ W1 + t";

        // When
        var error = Assert.Throws<SpecException>(() => Compile(model, ToyInputs));

        // Then
        Assert.That(error!.Problem, Is.EqualTo("shapes (N, H) and (N,) cannot be broadcast together for '+': dimensions H and N differ"));
        Assert.That(error.Location.Column, Is.EqualTo(12));
    }

    [Test]
    public void Compile_GradOfAVector_AsksForAScalar()
    {
        // Given
        const string model = "U = X @ W1 + b1";

        // When
        var error = Assert.Throws<SpecException>(() => Compile(model, ToyInputs, ("W1", "grad(U, W1)")));

        // Then
        Assert.That(error!.Problem, Is.EqualTo("grad needs a scalar to differentiate, this has shape (N, H)"));
    }

    [Test]
    public void Compile_GradWithRespectToAnExpression_IsAnError()
    {
        // Given
        const string model = "L = sum(X @ W1)";

        // When
        var error = Assert.Throws<SpecException>(() => Compile(model, ToyInputs, ("W1", "grad(L, 2 * W1)")));

        // Then
        Assert.That(error!.Problem, Is.EqualTo("the second argument of grad must be the name of an input or a model variable"));
        Assert.That(error.Location.Column, Is.EqualTo(9));
    }
}
