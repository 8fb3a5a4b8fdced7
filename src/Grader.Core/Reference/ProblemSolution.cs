namespace Grader.Reference;

/// <summary>A compiled problem with the reference outputs of all its cases.</summary>
public sealed record ProblemSolution(CompiledProblem Problem, IReadOnlyList<SolvedCase> Cases)
{
    public string Id => Problem.Id;
}
