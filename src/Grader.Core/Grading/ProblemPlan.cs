using Grader.Checking;
using Grader.Reference;
using Grader.Running;

namespace Grader.Grading;

/// <summary>
/// Everything needed to grade one problem, computed once per run and shared by every submission:
/// the reference outputs of its cases, what submissions must implement, and the run arguments.
/// </summary>
public sealed record ProblemPlan(
    ProblemSolution Solution,
    ProblemContract Contract,
    ProblemReference Reference,
    IReadOnlyList<CaseArguments> Cases,
    RunLimits Limits)
{
    public CompiledProblem Problem => Solution.Problem;

    public string Id => Solution.Id;
}
