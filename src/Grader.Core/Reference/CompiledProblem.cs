using Grader.Specs;

namespace Grader.Reference;

/// <summary>A spec whose model, outputs and mistake models have been parsed and shape-checked.</summary>
public sealed class CompiledProblem
{
    private CompiledProblem(ProblemSpec spec, ModelProgram program, IReadOnlyList<CompiledMistake> mistakes, ModelProgram? objective)
    {
        Spec = spec;
        Program = program;
        Mistakes = mistakes;
        Objective = objective;
    }

    public ProblemSpec Spec { get; }

    public ModelProgram Program { get; }

    public IReadOnlyList<CompiledMistake> Mistakes { get; }

    /// <summary>For a descent check: outputs "f" (the objective) and "df" (its derivative in the variable).</summary>
    public ModelProgram? Objective { get; }

    public string Id => Spec.Id;

    /// <summary>
    /// A training problem's prediction: the spec's <c>experiment.score</c> (after its model) over the test
    /// features and the returned outputs, as the one output <c>score</c>; null for other problems and
    /// for a problem whose function returns its predictions itself.
    /// </summary>
    public ModelProgram? Score { get; private init; }

    /// <exception cref="SpecException">the model or an expression does not parse or shape-check.</exception>
    public static CompiledProblem Compile(ProblemSpec spec)
    {
        if (spec.Experiment is { } experiment)
        {
            return CompileExperiment(spec, experiment);
        }

        var declarations = spec.Inputs.Select(i => new InputDeclaration(i.Name, i.Kind, i.Shape, i.ListLength)).ToList();
        var program = ModelProgram.Compile(spec.Model, declarations, Declare(spec.Outputs));
        var mistakes = spec.Mistakes
            .Select(m => new CompiledMistake(m, ModelProgram.Compile(m.Model ?? spec.Model, declarations, Declare(m.Outputs))))
            .ToList();

        // After every whole mistake (tried first), each made at one site of its loop only.
        mistakes.AddRange(mistakes.SelectMany(m => m.Program.Sites.Select(site => m with { Site = site })).ToList());
        return new CompiledProblem(spec, program, mistakes, spec.DescentCheck is { } check ? CompileObjective(check, declarations) : null);
    }

    /// <summary>
    /// A training problem's program takes the returned outputs as its inputs and gives them back as
    /// they are, so the contract and the handout read them like any problem's; its score program adds
    /// the features (named as the function's training features) and evaluates the spec's score.
    /// </summary>
    private static CompiledProblem CompileExperiment(ProblemSpec spec, ExperimentSpec experiment)
    {
        var returned = spec.Outputs.Select(o => new InputDeclaration(o.Name, InputKind.Float, o.Shape ?? [])).ToList();
        var program = ModelProgram.Compile(null, returned, Declare(spec.Outputs));
        ModelProgram? score = null;
        if (experiment.Score is { } expression)
        {
            var features = spec.Inputs.First(i => experiment.Data.GetValueOrDefault(i.Name) == DataPart.TrainFeatures);
            score = ModelProgram.Compile(spec.Model, [new InputDeclaration(features.Name, InputKind.Float, features.Shape), .. returned], [new OutputDeclaration("score", expression)]);
        }

        return new CompiledProblem(spec, program, [], null) { Score = score };
    }

    private static List<OutputDeclaration> Declare(IEnumerable<OutputSpec> outputs) =>
        [.. outputs.Select(o => new OutputDeclaration(o.Name, o.Expression))];

    private static ModelProgram CompileObjective(DescentCheckSpec check, List<InputDeclaration> declarations)
    {
        if (declarations.Any(d => d.Name == check.Variable))
        {
            throw new SpecException(check.Location, $"descent_check.variable '{check.Variable}' is also an input", "name the variable of the objective something else, e.g. x");
        }

        var objective = check.Objective;
        var start = objective.Locate(0);

        // The derivative is written around the objective's own text, so an error in the
        // objective still points at the objective in the file.
        const string prefix = "grad(";
        var derivative = new SourceText($"{prefix}{objective.Text}, {check.Variable})", objective.File, [(start.Line, start.Column - prefix.Length)]);
        return ModelProgram.Compile(
            null,
            [.. declarations, new InputDeclaration(check.Variable, InputKind.Float, [])],
            [new OutputDeclaration("f", objective), new OutputDeclaration("df", derivative)]);
    }
}
