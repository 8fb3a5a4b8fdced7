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
        var spec = problem.Spec;
        var cases = CaseGenerator.Build(spec, inputs => problem.Program.Evaluate(inputs, KinkChoice.Default, spec.Subgradients).KinkDistance);
        return new ProblemSolution(problem, [.. cases.Select(c => ReferenceSolver.Solve(problem, c))]);
    }
}
