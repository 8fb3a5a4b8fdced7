
namespace Grader.Specs;

/// <summary>One problem as an instructor wrote it in <c>problems/&lt;id&gt;.yaml</c>.</summary>
public sealed record ProblemSpec
{
    public required SpecFile File { get; init; }

    public required string Id { get; init; }

    public required string Title { get; init; }

    public required double Points { get; init; }

    /// <summary>Where the problem comes from, e.g. "seed 001, Question 1".</summary>
    public string? Source { get; init; }

    /// <summary>The statement handed to students (Markdown).</summary>
    public string? Statement { get; init; }

    /// <summary>The Python function a submission writes; null for a problem with no code form (answered by a write-up or a formula).</summary>
    public required string? PythonName { get; init; }

    /// <summary>The C# method; null exactly when <see cref="PythonName"/> is.</summary>
    public required string? CSharpName { get; init; }

    /// <summary>
    /// An identity problem's given left side (<c>identity_from: 0.5 * (tanh(0.5 * x) + 1)</c>, model language):
    /// a derivation counts only when it starts there; its output is the required right side.
    /// </summary>
    public SourceText? IdentityFrom { get; init; }

    /// <summary>Whether code answers this problem; a derivation problem has no code form.</summary>
    public bool HasCode => PythonName is not null;

    public required IReadOnlyList<InputSpec> Inputs { get; init; }

    /// <summary>The forward model; null for problems whose outputs are plain expressions of the inputs.</summary>
    public SourceText? Model { get; init; }

    public required IReadOnlyList<OutputSpec> Outputs { get; init; }

    public required Tolerance Tolerance { get; init; }

    /// <summary>The tolerance for numbers typed into answers.yaml (a few significant digits).</summary>
    public required Tolerance AnswerTolerance { get; init; }

    /// <summary>The dimension that counts examples (e.g. N), so a mistake by a factor N can be named.</summary>
    public string? BatchDimension { get; init; }

    public required IReadOnlyDictionary<string, SubgradientSet> Subgradients { get; init; }

    /// <summary>Relative weights of the outputs in the score; null splits evenly.</summary>
    public IReadOnlyDictionary<string, double>? OutputWeights { get; init; }

    /// <summary>The share of the points a derivation's steps earn (<c>scoring.steps</c>, 0 to 1); 0: feedback only.</summary>
    public double StepsShare { get; init; }

    public LimitsSpec? Limits { get; init; }

    public required IReadOnlyList<CaseSpec> Cases { get; init; }

    public HiddenSpec? Hidden { get; init; }

    public required IReadOnlyList<MistakeSpec> Mistakes { get; init; }

    /// <summary>For learning-rate problems: a simulation that checks the reference interval.</summary>
    public DescentCheckSpec? DescentCheck { get; init; }

    /// <summary>Where the problem stands in listings (the catalogue's order); unordered problems come last.</summary>
    public int Order { get; init; } = int.MaxValue;

    /// <summary>How the assignment's LaTeX names the problem's values, for formula answers; null: the built-in spellings only.</summary>
    public NotationSpec? Notation { get; init; }

    /// <summary>A training problem, graded by held-out accuracy (<c>experiment:</c>); null for every other problem.</summary>
    public ExperimentSpec? Experiment { get; init; }

    /// <summary>How a student's own public case is drawn when the course gives variants (<c>variant:</c>).</summary>
    public VariantSpec Variant { get; init; } = VariantSpec.Default;
}
