using Grader.Cases;
using Grader.Reference;
using Grader.Specs;
using Grader.Specs.Generators;
using Grader.Values;

namespace Grader.Experiments;

/// <summary>
/// A training problem made ready once per run: its split (the test labels stay here) and one case per
/// run of the spec, whose arguments are the training part, the test features where the function takes
/// them, and the run's hyperparameters. A problem whose dataset is missing has no cases and says why.
/// </summary>
public sealed record ExperimentSetup(ProblemSolution Solution, ExperimentData? Data, string? Unavailable)
{
    public CompiledProblem Problem => Solution.Problem;

    public ExperimentSpec Spec => Problem.Spec.Experiment!;

    public ExperimentRunSpec RunOf(SolvedCase @case) => Spec.Runs.First(r => r.Name == @case.Name);

    public static ExperimentSetup Prepare(CompiledProblem problem)
    {
        var spec = problem.Spec.Experiment ?? throw new ArgumentException("not a training problem", nameof(problem));
        ExperimentData data;
        try
        {
            data = ExperimentData.Split(Dataset.Load(spec.Dataset), spec);
        }
        catch (ExperimentUnavailableException e)
        {
            return new ExperimentSetup(new ProblemSolution(problem, []), null, e.Message);
        }

        var parts = new Dictionary<DataPart, Value>
        {
            [DataPart.TrainFeatures] = ExperimentEvaluator.Features(data.TrainX),
            [DataPart.TrainLabels] = Tensor.IntVector([.. data.TrainY.Select(l => (long)l)]),
            [DataPart.TestFeatures] = ExperimentEvaluator.Features(data.TestX),
        };
        var cases = spec.Runs.Select(run =>
        {
            var inputs = problem.Spec.Inputs.ToDictionary(
                i => i.Name,
                i => spec.Data.TryGetValue(i.Name, out var part) ? parts[part] : Param(i, run.Params[i.Name]),
                StringComparer.Ordinal);
            var @case = new GradingCase(run.Name, false, new DimScope(), inputs);
            var none = new Dictionary<string, Value>();
            return new SolvedCase(@case, @case.ArgumentsInOrder(problem.Spec.Inputs.Select(i => i.Name)), none, none, none, double.PositiveInfinity, []);
        });
        return new ExperimentSetup(new ProblemSolution(problem, [.. cases]), data, null);
    }

    private static Tensor Param(InputSpec input, double value) =>
        input.Kind == InputKind.Int ? Tensor.IntScalar((long)value) : Tensor.Scalar(value);
}
