using Grader.Core.Tests.Specs;
using Grader.Reference;
using Grader.Specs;

namespace Grader.Core.Tests.Reference;

/// <summary>Model errors in a spec file are reported at the file's line and column, with the line and a caret.</summary>
public sealed class CompiledProblemTests
{
    private static SpecException Reject(string text) =>
        Assert.Throws<SpecException>(() => CompiledProblem.Compile(SpecLoader.Load(new SpecFile("problems/tiny.yaml", text))))!;

    [Test]
    public void Compile_MisspeltFunctionInModel_PointsIntoTheYamlBlock()
    {
        var error = Reject(SpecText.With("L = 0.5 * sum(s^2)", "L = 0.5 * summ(s^2)"));

        Assert.That(error.Render(), Is.EqualTo(
            "problems/tiny.yaml:11:13: error: unknown function 'summ' (did you mean 'sum'?)\n"
            + " 11 |   L = 0.5 * summ(s^2)\n"
            + "    |             ^^^^"
            + (error.Hint is null ? string.Empty : "\n  hint: " + error.Hint)));
    }

    [Test]
    public void Compile_ShapeMismatch_NamesBothShapes()
    {
        var text = SpecText.With("s = X @ w", "s = X @ X @ w").Replace("X: [N, 2]", "X: [N, M]", StringComparison.Ordinal);

        var error = Reject(text);

        Assert.That(error.Location, Is.EqualTo(new SourceLocation("problems/tiny.yaml", 10, 9)));
        Assert.That(error.Problem, Is.EqualTo("shapes (N, M) and (N, M) do not align for '@': inner dimensions M and N differ"));
    }

    [Test]
    public void Compile_UnknownVariableInOutput_PointsAtTheOutputLine()
    {
        var error = Reject(SpecText.With("w: grad(L, w)", "w: grad(LL, w)"));

        Assert.That(error.Location, Is.EqualTo(new SourceLocation("problems/tiny.yaml", 13, 11)));
        Assert.That(error.Problem, Does.Contain("'LL'").And.Contain("did you mean 'L'?"));
    }

    [Test]
    public void Compile_MistakeModelWithAnError_IsReportedToo()
    {
        var text = SpecText.Valid + "\nmistakes:\n  - id: m\n    message: m\n    model: |\n      L = relu(X @ ww)\n";

        var error = Reject(text);

        Assert.That(error.Render(), Does.StartWith("problems/tiny.yaml:32:20: error: unknown variable 'ww' (did you mean 'w'?)"));
        Assert.That(error.Problem, Does.Contain("'ww'"));
    }
}
