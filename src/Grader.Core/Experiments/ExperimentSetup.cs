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
/// The dataset is read and split on first use (a submission that attempts the problem, or verify), not
/// when the run is planned: a single submission that does not train starts grading sooner.
/// </summary>
public sealed class ExperimentSetup
{
    private readonly Lazy<(ProblemSolution Solution, ExperimentData? Data, string? Unavailable)> _prepared;

    private ExperimentSetup(CompiledProblem problem)
    {
        Problem = problem;
        _prepared = new(() => Load(problem));
    }

    public CompiledProblem Problem { get; }

    /// <summary>One case per run of the spec (none when the dataset is missing).</summary>
    public ProblemSolution Solution => _prepared.Value.Solution;

    /// <summary>The split; null when the dataset is missing (<see cref="Unavailable"/> says why).</summary>
    public ExperimentData? Data => _prepared.Value.Data;

    public string? Unavailable => _prepared.Value.Unavailable;

    public ExperimentSpec Spec => Problem.Spec.Experiment!;

    public ExperimentRunSpec RunOf(SolvedCase @case) => Spec.Runs.First(r => r.Name == @case.Name);

    /// <summary>The problem's setup, whose dataset is read on first use.</summary>
    public static ExperimentSetup Prepare(CompiledProblem problem) =>
        problem.Spec.Experiment is null ? throw new ArgumentException("not a training problem", nameof(problem)) : new(problem);

    private static (ProblemSolution Solution, ExperimentData? Data, string? Unavailable) Load(CompiledProblem problem)
    {
        var spec = problem.Spec.Experiment!;
        ExperimentData data;
        try
        {
            data = ExperimentData.Split(Dataset.Load(spec.Dataset), spec);
        }
        catch (ExperimentUnavailableException e)
        {
            return (new ProblemSolution(problem, []), null, e.Message);
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
        return (new ProblemSolution(problem, [.. cases]), data, null);
    }

    private static Tensor Param(InputSpec input, double value) =>
        input.Kind == InputKind.Int ? Tensor.IntScalar((long)value) : Tensor.Scalar(value);
}
