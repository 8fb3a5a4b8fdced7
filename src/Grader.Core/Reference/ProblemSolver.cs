using Grader.Cases;

namespace Grader.Reference;

/// <summary>
/// Solves a problem once per run: draws its cases, then gives each its reference outputs. The one
/// place where the cases stage and the reference meet: the generator asks the model only how close
/// a draw comes to a kink, through a function, so it never depends on the reference.
/// </summary>
public static class ProblemSolver
{
    public static ProblemSolution Solve(CompiledProblem problem)
    {
        var cases = CaseGenerator.Build(problem.Spec, KinkDistance(problem));
        return new ProblemSolution(problem, [.. cases.Select(c => ReferenceSolver.Solve(problem, c))]);
    }

    /// <summary>A student's own public case (<see cref="CaseGenerator.Variant"/>) and its reference.</summary>
    /// <param name="seed">The course's seed for the student and this problem.</param>
    public static SolvedCase SolveVariant(CompiledProblem problem, int seed) =>
        ReferenceSolver.Solve(problem, CaseGenerator.Variant(problem.Spec, seed, KinkDistance(problem)));

    private static Func<IReadOnlyDictionary<string, Values.Value>, double> KinkDistance(CompiledProblem problem) =>
        inputs => problem.Program.Evaluate(inputs, KinkChoice.Default, problem.Spec.Subgradients).KinkDistance;
}
