using Grader.Checking;
using Grader.Experiments;
using Grader.Formulas;
using Grader.Reference;
using Grader.Running;
using Grader.Submissions;

namespace Grader.Grading;

/// <summary>
/// Everything needed to grade one problem, computed once per run and shared by every submission:
/// its solved cases (run as they are, then compared), what submissions must implement, and the limits.
/// </summary>
public sealed record ProblemPlan(
    ProblemSolution Solution,
    ProblemContract Contract,
    ProblemReference Reference,
    RunLimits Limits)
{
    public IReadOnlyList<SolvedCase> Cases => Solution.Cases;

    public CompiledProblem Problem => Solution.Problem;

    public string Id => Solution.Id;

    /// <summary>A training problem's split and runs (the test labels stay here); null for every other problem.</summary>
    public ExperimentSetup? Experiment { get; init; }

    /// <summary>The problem's formula language (its notation, its model's names), built once on first use.</summary>
    internal FormulaContext Formulas() => _formulas.Value;

    private readonly Lazy<FormulaContext> _formulas = new(() => FormulaContext.Create(Solution.Problem));
}
