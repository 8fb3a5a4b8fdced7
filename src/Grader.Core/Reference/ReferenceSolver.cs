using Grader.Cases;
using Grader.Specs;
using Grader.Values;

namespace Grader.Reference;

/// <summary>Computes the reference outputs of every case of a problem, once per run.</summary>
public static class ReferenceSolver
{
    public static ProblemSolution Solve(CompiledProblem problem)
    {
        var spec = problem.Spec;
        var cases = CaseGenerator.Build(spec, inputs => problem.Program.Evaluate(inputs, KinkChoice.Default, spec.Subgradients).KinkDistance);
        return new ProblemSolution(problem, [.. cases.Select(c => Solve(problem, c))]);
    }

    public static CaseSolution Solve(CompiledProblem problem, GradingCase gradingCase)
    {
        var subgradients = problem.Spec.Subgradients;
        var main = problem.Program.Evaluate(gradingCase.Inputs, KinkChoice.Default, subgradients);
        IReadOnlyDictionary<string, Value> lower = main.Outputs;
        IReadOnlyDictionary<string, Value> upper = main.Outputs;
        if (main.KinkDistance == 0)
        {
            var low = problem.Program.Evaluate(gradingCase.Inputs, KinkChoice.Low, subgradients).Outputs;
            var high = problem.Program.Evaluate(gradingCase.Inputs, KinkChoice.High, subgradients).Outputs;
            lower = main.Outputs.ToDictionary(p => p.Key, p => ValueMath.Combine(ValueMath.Combine(p.Value, low[p.Key], Math.Min), high[p.Key], Math.Min));
            upper = main.Outputs.ToDictionary(p => p.Key, p => ValueMath.Combine(ValueMath.Combine(p.Value, low[p.Key], Math.Max), high[p.Key], Math.Max));
        }

        var mistakes = new Dictionary<string, IReadOnlyDictionary<string, Value>>();
        for (var k = 0; k < problem.Mistakes.Count; k++)
        {
            var mistake = problem.Mistakes[k];
            try
            {
                mistakes[MistakeKey(mistake, k)] = mistake.Program.Evaluate(gradingCase.Inputs, KinkChoice.Default, subgradients).Outputs;
            }
            catch (SpecException)
            {
                // A mistake model that cannot run on this case (e.g. a shape it assumes) explains nothing here.
            }
        }

        return new CaseSolution(gradingCase, main.Outputs, lower, upper, main.KinkDistance, mistakes);
    }

    /// <summary>Mistakes may share an id (alternative forms), so their outputs are kept under id#index.</summary>
    public static string MistakeKey(CompiledMistake mistake, int index) => $"{mistake.Spec.Id}#{index}";
}
