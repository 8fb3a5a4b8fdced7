using Grader.Checking;
using Grader.Derivations.Checking;
using Grader.Formulas;
using Grader.Running;
using Grader.Running.Answers;
using Grader.Submissions;

namespace Grader.Grading;

/// <summary>
/// A submission's derivations, checked once: each chain of its write-ups bound to the problem and output
/// it derives, its steps checked on that problem's cases. For a problem the submission answers in no
/// other way, the chains' results are its answers, graded like formula answers on every case; where
/// code or answers.yaml answers it, the derivations are feedback only.
/// </summary>
internal sealed class WriteUpGrading
{
    private readonly ILookup<string, ChainFeedback> _byProblem;

    private WriteUpGrading(ILookup<string, ChainFeedback> byProblem)
    {
        _byProblem = byProblem;
    }

    public static WriteUpGrading Check(Submission submission, GradingPlan plan)
    {
        if (submission.WriteUps.Count == 0 || submission.WriteUps.All(w => w.Chains.Count == 0))
        {
            return new WriteUpGrading(Array.Empty<ChainFeedback>().ToLookup(c => c.Check.Target.ProblemId));
        }

        // The checker's bounds hold per write-up; a submission of many write-ups shares them, so a
        // thousand .md files cost what one does.
        var checker = plan.Derivations();
        var chains = new List<ChainFeedback>();
        var examined = 0;
        foreach (var writeUp in submission.WriteUps.TakeWhile(_ => examined < CheckLimits.MaxChainsExamined))
        {
            examined += Math.Min(writeUp.Chains.Count, CheckLimits.MaxChainsExamined);
            chains.AddRange(checker.Check(writeUp).Checked.Select(c => new ChainFeedback(writeUp.File, c)));
        }

        return new WriteUpGrading(chains
            .GroupBy(c => c.Check.Target.ProblemId)
            .SelectMany(g => g.Take(CheckLimits.MaxChainsPerProblem))
            .ToLookup(c => c.Check.Target.ProblemId));
    }

    /// <summary>The derivations of one problem, in the order they were written.</summary>
    public IReadOnlyList<ChainFeedback> For(string problemId) => [.. _byProblem[problemId]];

    /// <summary>
    /// A problem answered by its derivations only: each derived output's last chain's result, evaluated
    /// on every case; null when no derivation of the problem ends in a result.
    /// </summary>
    public ProblemSubmission? Answer(ProblemPlan problem)
    {
        var written = For(problem.Id);
        if (written.Count == 0)
        {
            return null;
        }

        // An identity is shown from its given left side: a chain that starts elsewhere proves something else,
        // and its result is not taken (the required right side is given in the statement).
        var from = problem.Problem.Spec.IdentityFrom;
        var chains = from is null ? written : [.. written.Where(c => StartsFrom(problem, c, from))];
        if (chains.Count == 0)
        {
            var unread = written.DistinctBy(c => c.Output).Select(c => (c.Output, Written(c), (FormulaReading?)null, (string?)RunMessages.NotFromIdentity(from!.Text.Trim())));
            var (noRuns, noShown) = FormulaRun.Run(problem.Contract, FormulaReadings.Of(problem.Formulas(), unread), problem.Cases);
            return new ProblemSubmission(problem.Id, $"write-up: {written[0].File}", false, null, noRuns)
            {
                Language = AttemptLanguage.WriteUp,
                Formulas = noShown,
                Derivations = [.. written.Select(c => c with { Credited = false })],
            };
        }

        // A derivation written twice (a first try, then the corrected one) is graded by the last.
        var last = chains.GroupBy(c => c.Output).Select(g => g.Last()).ToList();
        var results = last.Select(c =>
            (c.Output, Written(c), c.Check.Result, c.Check.Result is null ? c.Check.ResultReason ?? RunMessages.ResultUnread : null));
        var (runs, shown) = FormulaRun.Run(problem.Contract, FormulaReadings.Of(problem.Formulas(), results), problem.Cases);
        var where = last[0].Check.Chain.Result.Span.Describe(last[0].File);
        return new ProblemSubmission(problem.Id, $"write-up: {where}", false, null, runs) { Formulas = shown, Derivations = chains, Language = AttemptLanguage.WriteUp };
    }

    /// <summary>
    /// Whether the chain's first side is the identity's given left side: written with the same functions
    /// (tanh, for 0.5(tanh(0.5x) + 1): an identity's two sides are equal, so a value alone cannot tell
    /// σ(x) = … = σ(x) from a derivation) and equal to it on every case.
    /// </summary>
    private static bool StartsFrom(ProblemPlan problem, ChainFeedback chain, Specs.SourceText from)
    {
        try
        {
            var context = problem.Formulas();
            var first = context.ReadLatex(Specs.SourceText.Inline(chain.Check.Chain.First.Latex, chain.File));
            var given = context.ReadNumpy(from);
            var functions = ExprTree.Calls(first.Expression).Select(c => c.Name).ToHashSet();
            if (!ExprTree.Calls(given.Expression).All(c => functions.Contains(c.Name)))
            {
                return false;
            }

            var tolerance = problem.Problem.Spec.Tolerance;
            return problem.Cases.All(c =>
            {
                var scope = context.Bind(c.Case);
                var (a, b) = (context.Evaluate(first, scope), context.Evaluate(given, scope));
                return a is Values.Tensor ta && b is Values.Tensor tb && ta.Count == tb.Count
                    && ta.ToArray().Zip(tb.ToArray()).All(p => tolerance.Accepts(p.First, p.Second));
            });
        }
        catch (Specs.SpecException)
        {
            return false;
        }
    }

    private static Specs.SourceText Written(ChainFeedback chain) =>
        chain.Check.Result?.Source ?? Specs.SourceText.Inline(chain.Check.Chain.Result.Latex, chain.File);
}
