using Grader.Reference;
using Grader.Values;

namespace Grader.Cli.Handouts;

/// <summary>
/// One problem of a student's handout: the problem as compiled, and the inputs of the student's own
/// public case in the function's argument order (never its expected outputs).
/// </summary>
/// <param name="Inputs">The student's inputs; empty for a problem without a public case.</param>
/// <param name="Own">Whether the numbers are the student's own (false for <c>variant: none</c>: the public case).</param>
internal sealed record HandoutProblem(CompiledProblem Problem, IReadOnlyDictionary<string, Value> Inputs, bool Own)
{
    /// <summary>The problem with the variant that <paramref name="seed"/> (the course's seed of the student and problem) draws.</summary>
    public static HandoutProblem For(CompiledProblem problem, int seed)
    {
        var spec = problem.Spec;
        if (spec.Cases.All(c => c.Hidden))
        {
            return new HandoutProblem(problem, new Dictionary<string, Value>(), Own: false);
        }

        var drawn = ProblemSolver.SolveVariant(problem, seed).Case;
        var inputs = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var input in spec.Inputs)
        {
            inputs[input.Name] = drawn.Inputs[input.Name];
        }

        return new HandoutProblem(problem, inputs, spec.Variant.Enabled);
    }
}
