using Grader.Specs;
using Grader.Values;

namespace Grader.Core.Tests.Specs;

public sealed class SpecLoaderTests
{
    private static ProblemSpec Load(string text) => SpecLoader.Load(new SpecFile("problems/tiny.yaml", text));

    private static SpecException Reject(string text) => Assert.Throws<SpecException>(() => Load(text))!;

    [Test]
    public void Load_ValidSpec_ReadsEveryPart()
    {
        // Given / When
        var spec = Load(SpecText.Valid);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(spec.Id, Is.EqualTo("tiny"));
            Assert.That(spec.Points, Is.EqualTo(5));
            Assert.That(spec.Inputs.Select(i => i.Name), Is.EqualTo(new[] { "X", "w" }));
            Assert.That(spec.Inputs[0].Shape, Is.EqualTo(new[] { "N", "2" }));
            Assert.That(spec.Outputs.Single().Expression.Text, Is.EqualTo("grad(L, w)"));
            Assert.That(spec.Cases.Single().Approved["w"], Is.TypeOf<Tensor>());
            Assert.That(spec.Hidden!.Count, Is.EqualTo(3));
            Assert.That(spec.Tolerance, Is.EqualTo(SpecLoader.DefaultTolerance));
            Assert.That(spec.Subgradients["relu"], Is.EqualTo(new SubgradientSet(0, 1)));
        });
    }

    [Test]
    public void Load_BlockScalarModel_MapsOffsetsToFileLines()
    {
        // Given
        var spec = Load(SpecText.Valid);
        var model = spec.Model!;

        // When: the 'L' of the second model line
        var location = model.Locate(model.Text.IndexOf('L', StringComparison.Ordinal));

        // Then: line 11 of the file, after two spaces of block indentation
        Assert.That(location, Is.EqualTo(new SourceLocation("problems/tiny.yaml", 11, 3)));
    }

    [Test]
    public void Load_MisspeltKey_SuggestsTheRightOne()
    {
        var error = Reject(SpecText.With("outputs:", "outptus:"));

        Assert.That(error.Render(), Does.StartWith("problems/tiny.yaml:12:1: error: unknown key 'outptus' in the spec (did you mean 'outputs'?)"));
        Assert.That(error.Render(), Does.Contain(" 12 | outptus:\n    | ^^^^^^^"));
    }

    [Test]
    public void Load_DuplicateKey_NamesBothLines()
    {
        var error = Reject(SpecText.With("points: 5\n", "points: 5\npoints: 6\n"));

        Assert.That(error.Render(), Does.StartWith("problems/tiny.yaml:4:1: error: duplicate key 'points' (first given at line 3)"));
    }

    [Test]
    public void Load_MissingField_SaysWhatToAdd()
    {
        var error = Reject(SpecText.With("points: 5\n", string.Empty));

        Assert.That(error.Problem, Is.EqualTo("missing required key 'points' in the spec"));
        Assert.That(error.Location.Line, Is.EqualTo(1));
    }

    [Test]
    public void Load_PythonWithoutCSharp_SaysGiveBothOrNeither()
    {
        var error = Reject(SpecText.With("csharp: Tiny\n", string.Empty));

        Assert.That(error.Problem, Is.EqualTo("'python' is given without 'csharp'"));
        Assert.That(error.Hint, Does.Contain("or neither (a write-up or a formula answers it)"));
    }

    [Test]
    public void Load_NoCodeNames_IsADerivationProblem()
    {
        // Given a spec with neither python nor csharp
        var spec = SpecLoader.Load(new SpecFile("problems/tiny.yaml", SpecText.With("python: tiny\ncsharp: Tiny\n", string.Empty)));

        // Then it has no code form
        Assert.That((spec.HasCode, spec.PythonName, spec.CSharpName), Is.EqualTo((false, (string?)null, (string?)null)));
    }

    [Test]
    public void Load_YamlSyntaxError_ReportsLineAndColumn()
    {
        var error = Reject(SpecText.With("title: Tiny problem", "title: [Tiny problem"));

        Assert.That(error.Location.File, Is.EqualTo("problems/tiny.yaml"));
        Assert.That(error.Problem, Does.StartWith("YAML syntax error"));
        Assert.That(error.Location.Line, Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void Load_TabIndentingAKey_IsReportedAtTheTabsOwnLine()
    {
        // Given a tab that indents a key on line 5 (YamlDotNet blames the scalar above it)
        var error = Reject(SpecText.With("python: tiny", "python: tiny\n\tnote: indented with a tab"));

        // Then the error points at the tab itself
        Assert.That(error.Location.Line, Is.EqualTo(5));
        Assert.That(error.Location.Column, Is.EqualTo(1));
        Assert.That(error.Problem, Is.EqualTo("a tab character: YAML indents with spaces only"));
        Assert.That(error.Render(), Does.Contain("replace the tab with spaces"));
    }

    [Test]
    public void Load_TypoInCaseInputName_SuggestsTheInput()
    {
        var error = Reject(SpecText.With("      w: [0.5, -1]", "      ww: [0.5, -1]"));

        Assert.That(error.Render(), Does.Contain("unknown key 'ww' in the inputs of case 'public' (did you mean 'w'?)"));
    }

    [Test]
    public void Load_RaggedInput_PointsAtTheRow()
    {
        var error = Reject(SpecText.With("X: [[1, 2], [3, 4]]", "X: [[1, 2], [3]]"));

        Assert.That(error.Problem, Is.EqualTo("input 'X' is ragged: every row must have 2 entries, like the first"));
        Assert.That(error.Location.Line, Is.EqualTo(17));
    }

    [Test]
    public void Load_InputsDisagreeOnADimension_NamesBoth()
    {
        var error = Reject(SpecText.With("w: [0.5, -1]", "w: [0.5, -1, 2]"));

        Assert.That(error.Problem, Is.EqualTo("axis 0 of 'w' is 3, but the spec declares 2"));
    }

    [Test]
    public void Load_IdDiffersFromFileName_IsRejected()
    {
        var error = Reject(SpecText.With("id: tiny", "id: small"));

        Assert.That(error.Hint, Is.EqualTo("name the file small.yaml or set id: tiny"));
    }

    [Test]
    public void Load_UnknownDistribution_SuggestsOne()
    {
        var error = Reject(SpecText.With("default: normal(0, 1)", "default: normall(0, 1)"));

        Assert.That(error.Render(), Does.StartWith("problems/tiny.yaml:27:14: error: unknown distribution 'normall' (did you mean 'normal'?)"));
    }

    [Test]
    public void Load_WrongTypeForPoints_SaysWhatIsExpected()
    {
        var error = Reject(SpecText.With("points: 5", "points: five"));

        Assert.That(error.Problem, Is.EqualTo("'points' in the spec must be a number, not 'five'"));
    }

    [Test]
    public void Load_IntInputWithFraction_IsRejected()
    {
        var text = SpecText.With("  w: [2]", "  w: {shape: [2], type: int}");

        var error = Reject(text);

        Assert.That(error.Problem, Is.EqualTo("input 'w' must hold whole numbers (it is declared int)"));
    }

    [Test]
    [SetCulture("de-DE")]
    public void Load_UnderGermanCulture_ReadsDecimalPoints()
    {
        var spec = Load(SpecText.Valid);

        Assert.That(((Tensor)spec.Cases[0].Inputs["w"])[0], Is.EqualTo(0.5));
        Assert.That(((Tensor)spec.Cases[0].Approved["w"])[0], Is.EqualTo(-9));
    }
}
