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

    /// <summary>How many draws a variant gets to tell every mistake from the reference.</summary>
    private const int VariantDraws = 20;

    /// <summary>
    /// A student's own public case (<see cref="CaseGenerator.Variant"/>) and its reference. A draw on
    /// which some mistake gives the reference's outputs (every hidden unit of a ReLU layer active: the
    /// missing mask changes nothing) is drawn again from the next seed, so every student's numbers
    /// can show every mistake; after <see cref="VariantDraws"/> draws the last is kept.
    /// </summary>
    /// <param name="seed">The course's seed for the student and this problem.</param>
    public static SolvedCase SolveVariant(CompiledProblem problem, int seed)
    {
        SolvedCase solved = null!;
        for (var draw = 0; draw < VariantDraws; draw++)
        {
            var drawSeed = draw == 0 ? seed : CaseGenerator.Mix(seed, 1, draw);
            solved = ReferenceSolver.Solve(problem, CaseGenerator.Variant(problem.Spec, drawSeed, KinkDistance(problem)));
            if (!problem.Spec.Variant.Enabled || solved.Mistakes.Where((_, k) => problem.Mistakes[k].Site is null).All(m => m is null || Differs(m, solved.Expected)))
            {
                return solved;
            }
        }

        return solved;
    }

    private static bool Differs(IReadOnlyDictionary<string, Values.Value> mistake, IReadOnlyDictionary<string, Values.Value> expected) =>
        mistake.Any(o => expected.TryGetValue(o.Key, out var e) && Differs(Values.ValueMath.Entries(o.Value).ToList(), Values.ValueMath.Entries(e).ToList()));

    private static bool Differs(List<double> mistake, List<double> expected) =>
        mistake.Count != expected.Count
        || mistake.Zip(expected).Any(p => !(Math.Abs(p.First - p.Second) <= 1e-9 * Math.Max(1, Math.Abs(p.Second))));

    private static Func<IReadOnlyDictionary<string, Values.Value>, double> KinkDistance(CompiledProblem problem) =>
        inputs => problem.Program.Evaluate(inputs, KinkChoice.Default, problem.Spec.Subgradients).KinkDistance;
}
