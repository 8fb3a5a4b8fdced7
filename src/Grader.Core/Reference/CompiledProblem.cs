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

    /// <exception cref="SpecException">the model or an expression does not parse or shape-check.</exception>
    public static CompiledProblem Compile(ProblemSpec spec)
    {
        var declarations = spec.Inputs.Select(i => new InputDeclaration(i.Name, i.Kind, i.Shape, i.ListLength)).ToList();
        var program = ModelProgram.Compile(spec.Model, declarations, Declare(spec.Outputs));
        var mistakes = spec.Mistakes
            .Select(m => new CompiledMistake(m, ModelProgram.Compile(m.Model ?? spec.Model, declarations, Declare(m.Outputs))))
            .ToList();

        // After every whole mistake (tried first), each made at one site of its loop only.
        mistakes.AddRange(mistakes.SelectMany(m => m.Program.Sites.Select(site => m with { Site = site })).ToList());
        return new CompiledProblem(spec, program, mistakes, spec.DescentCheck is { } check ? CompileObjective(check, declarations) : null);
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
