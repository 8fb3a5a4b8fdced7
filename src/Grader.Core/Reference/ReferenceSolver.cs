using Grader.Cases;
using Grader.Specs;
using Grader.Values;

namespace Grader.Reference;

/// <summary>Computes the reference outputs of one case: expected, the accepted interval at kinks, and each classic mistake's.</summary>
public static class ReferenceSolver
{
    public static SolvedCase Solve(CompiledProblem problem, GradingCase gradingCase)
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

        var mistakes = problem.Mistakes.Select(m => Evaluate(m, gradingCase, subgradients)).ToList();
        var arguments = gradingCase.ArgumentsInOrder(problem.Spec.Inputs.Select(i => i.Name));
        return new SolvedCase(gradingCase, arguments, main.Outputs, lower, upper, main.KinkDistance, mistakes);
    }

    private static IReadOnlyDictionary<string, Value>? Evaluate(CompiledMistake mistake, GradingCase gradingCase, IReadOnlyDictionary<string, SubgradientSet> subgradients)
    {
        try
        {
            return mistake.Program.Evaluate(gradingCase.Inputs, KinkChoice.Default, subgradients, mistake.Site).Outputs;
        }
        catch (SpecException)
        {
            // A mistake model that cannot run on this case (e.g. a shape it assumes) explains nothing here.
            return null;
        }
    }
}
