using Grader.Reference;
using Grader.Specs;
using static Grader.Core.Tests.Reference.Models;

namespace Grader.Core.Tests.Reference;

/// <summary>Syntax errors in a model, located in its file.</summary>
internal sealed class SyntaxErrorTests
{
    private static readonly InputDeclaration[] Toy = [Float("X", "N", "2"), Float("t", "N"), Float("W1", "2", "H"), Float("b1", "H")];

    [Test]
    public void Compile_MissingCloseParenthesis_PointsAtTheOpenOne()
    {
        // Given
        const string model = "U = X @ W1 + b1\nL = 0.5 * sum((U - t)^2\n";

        // When
        var error = Assert.Throws<SpecException>(() => Compile(model, Toy));

        // Then
        Assert.That(error!.Render(), Is.EqualTo(
            "<model>:2:14: error: '(' was never closed\n 2 | L = 0.5 * sum((U - t)^2\n   |              ^\n  hint: add the matching ')'"));
    }

    [Test]
    public void Compile_MissingComma_ExpectsCloseParenthesis()
    {
        // Given
        const string model = "U = X @ W1 + b1\nZ = sum(U axis=1)";

        // When
        var error = Assert.Throws<SpecException>(() => Compile(model, Toy));

        // Then
        Assert.That(error!.Render(), Is.EqualTo("<model>:2:11: error: expected ')', found 'axis'\n 2 | Z = sum(U axis=1)\n   |           ^^^^"));
    }

    [Test]
    public void Compile_ErrorInAYamlBlock_IsReportedAtTheFileLineAndColumn()
    {
        // Given: the model sits in a YAML block scalar starting at line 12, indented by 4
        string[] fileLines = ["model: |", .. Enumerable.Repeat("#", 10), "    U = X @ W1 + b1", "    Z = relu(U", "outputs:"];
        var source = new SourceText("U = X @ W1 + b1\nZ = relu(U", "problems/toy.yaml", [(12, 5), (13, 5)], fileLines);

        // When
        var error = Assert.Throws<SpecException>(() => ModelProgram.Compile(source, Toy, []));

        // Then
        Assert.That(error!.Render(), Is.EqualTo(
            "problems/toy.yaml:13:13: error: '(' was never closed\n 13 |     Z = relu(U\n    |             ^\n  hint: add the matching ')'"));
    }

    [Test]
    public void Compile_IndentedStatementOutsideALoop_IsAnError()
    {
        // Given
        const string model = "U = X @ W1\n    Z = relu(U)";

        // When
        var error = Assert.Throws<SpecException>(() => Compile(model, Toy));

        // Then
        Assert.That(error!.Message, Is.EqualTo("<model>:2:5: unexpected indentation"));
    }
}
