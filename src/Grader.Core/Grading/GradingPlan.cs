using Grader.Checking;
using Grader.Courses;
using Grader.Derivations.Checking;
using Grader.Experiments;
using Grader.Reference;
using Grader.Running;
using Grader.Specs;
using Grader.Submissions;

namespace Grader.Grading;

/// <summary>The problems of a run with their references, solved once before any submission is graded.</summary>
public sealed partial class GradingPlan
{
    private GradingPlan(IReadOnlyList<ProblemPlan> problems, IReadOnlyList<ProblemContract> contracts)
    {
        Problems = problems;
        Contracts = contracts;
        _derivations = new Lazy<DerivationChecker>(() => new DerivationChecker(
            problems.Where(p => p.Experiment is null).Select(p => DerivationProblem.Create(p.Problem, p.Solution)).OfType<DerivationProblem>()));
    }

    public IReadOnlyList<ProblemPlan> Problems { get; }

    /// <summary>The checker of write-ups' derivations against these problems, built on first use and shared by every submission.</summary>
    internal DerivationChecker Derivations() => _derivations.Value;

    private Lazy<DerivationChecker> _derivations = null!;

    /// <summary>
    /// The contracts submissions are read against: every problem of the catalogue, so that a
    /// run limited to some problems does not call the others' functions or answers unknown.
    /// </summary>
    public IReadOnlyList<ProblemContract> Contracts { get; }

    /// <param name="limits">The run's limits; a problem's spec may override some of them.</param>
    /// <param name="overrides">Limits given on the command line, which win over the spec's.</param>
    /// <param name="catalogue">All known problems, when only some are graded.</param>
    /// <param name="course">The course whose students each get their own public case; null: everyone gets the statement's.</param>
    /// <param name="references">Solved references kept between runs; null: every problem is solved now.</param>
    public static GradingPlan Create(
        IEnumerable<CompiledProblem> problems, RunLimits limits, LimitsSpec? overrides = null, IEnumerable<CompiledProblem>? catalogue = null, Course? course = null, SolvedReferenceCache? references = null)
    {
        List<ProblemPlan> plans = [.. problems.Select(p => p.Spec.Experiment is null
            ? Plan(references?.Solve(p) ?? ProblemSolver.Solve(p), limits, overrides)
            : PlanExperiment(ExperimentSetup.Prepare(p), limits, overrides))];
        var contracts = catalogue is null
            ? plans.Select(p => p.Contract)
            : catalogue.Select(p => plans.FirstOrDefault(plan => plan.Id == p.Id)?.Contract ?? Contract(p));
        return new GradingPlan(plans, [.. contracts]) { Course = course };
    }

    private static ProblemContract Contract(CompiledProblem problem)
    {
        var spec = problem.Spec;
        var outputs = problem.Program.Outputs.Select(o => new OutputContract(o.Name, o.IsList)).ToList();
        return new ProblemContract(spec.Id, spec.PythonName, spec.CSharpName, [.. spec.Inputs.Select(i => i.Name)], outputs)
        {
            Definitions = [.. spec.Notation?.Layers?.Definitions.Select(d => d.Spelling.Text.Trim()) ?? []],
        };
    }

    private static ProblemPlan Plan(ProblemSolution solution, RunLimits defaults, LimitsSpec? overrides)
    {
        var spec = solution.Problem.Spec;
        var limits = Apply(Apply(defaults, spec.Limits), overrides);
        return new ProblemPlan(solution, Contract(solution.Problem), ToReference(solution), limits);
    }

    /// <summary>A training problem: its runs are its cases (<see cref="ExperimentSetup.Solution"/>), its split read from the
    /// dataset once per run, on first use; the plan itself holds none of them.</summary>
    private static ProblemPlan PlanExperiment(ExperimentSetup setup, RunLimits defaults, LimitsSpec? overrides) =>
        Plan(new ProblemSolution(setup.Problem, []), defaults, overrides) with { Experiment = setup };

    private static ProblemReference ToReference(ProblemSolution solution)
    {
        var spec = solution.Problem.Spec;
        return new ProblemReference(
            spec.Id, spec.Title, spec.Points, [.. spec.Outputs.Select(o => o.Name)], spec.Tolerance, spec.AnswerTolerance,
            spec.OutputWeights, spec.BatchDimension, solution.Cases, [.. solution.Problem.Mistakes.Select(m => new MistakeReference(m.Spec.Id, m.Spec.Message, m.Site is { } site ? SiteWording.Where(site, spec.Notation?.Layers is not null) : null))])
        {
            StepsShare = spec.StepsShare,
        };
    }

    private static RunLimits Apply(RunLimits limits, LimitsSpec? spec) => spec is null ? limits : limits with
    {
        WallPerCall = spec.WallPerCall ?? limits.WallPerCall,
        CpuTime = spec.CpuTime ?? limits.CpuTime,
        MemoryBytes = spec.MemoryBytes ?? limits.MemoryBytes,
        Processes = spec.Processes ?? limits.Processes,
        OutputBytes = spec.OutputBytes ?? limits.OutputBytes,
    };
}
