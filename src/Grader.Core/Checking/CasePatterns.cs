using Grader.Reference;
using Grader.Running;

namespace Grader.Checking;

/// <summary>
/// Says what the failing cases of a problem have in common when some cases pass and others fail, as
/// a TA would: "b1 is wrong exactly where lam &gt; 0", "your code works only for the public case's
/// sizes". A pattern is said only where it is exact (<see cref="CasePatternFinder"/>) and only for
/// failures no diagnosis already explains on every case: it complements a diagnosis, never
/// contradicts one. At most one pattern per output; outputs with the same pattern share a sentence.
/// </summary>
internal static class CasePatterns
{
    /// <param name="cases">The scored cases, in the order of <paramref name="scores"/>.</param>
    /// <param name="written">Answered in answers.yaml (formulas), not by code.</param>
    public static IReadOnlyList<Diagnosis> Find(
        IReadOnlyList<SolvedCase> cases, IReadOnlyList<CaseScore> scores, IReadOnlyList<string> outputs, bool written)
    {
        // A case that was not run says nothing of where the code fails.
        var ran = cases.Zip(scores).Where(p => p.Second.Outcome is not (CaseOutcome.NotRun or CaseOutcome.NotAttempted)).ToList();
        var solved = ran.Select(p => p.First).ToList();
        var scored = ran.Select(p => p.Second).ToList();
        if (scored.Count(s => !s.Passed) < 2)
        {
            return [];
        }

        var features = CaseFeatures.Of(solved);
        // A case that raised (timed out, returned something unusable) fails every output: the pattern is the code's.
        if (scored.Any(s => s.Outcome != CaseOutcome.Returned)
            && WholeProblem(features, solved, scored, outputs, written) is { } whole)
        {
            return [whole];
        }

        return PerOutput(features, solved, scored, outputs);
    }

    private static Diagnosis? WholeProblem(
        IReadOnlyList<CaseFeature> features, List<SolvedCase> cases, List<CaseScore> scores, IReadOnlyList<string> outputs, bool written)
    {
        var failing = scores.Select(s => !s.Passed).ToList();
        if (CasePatternFinder.Find(features, cases, failing) is not { } pattern)
        {
            return null;
        }

        var failed = scores.Where(s => !s.Passed).ToList();
        var wrong = outputs.Where(o => failed.Any(s => !Output(s, o).Passed)).ToList();
        var outcomes = Diagnosis.Outcomes(failed.Select(s => s.Outcome), written);
        return pattern.PublicSizesOnly
            ? Diagnosis.WorksOnlyForPublicSizes(wrong, pattern.Feature.PublicSizes!, pattern.Feature.OtherSizes, outcomes, written)
            : Diagnosis.FailsWhere(wrong, pattern.Where, outcomes, written, pattern.Feature.Hint);
    }

    private static List<Diagnosis> PerOutput(
        IReadOnlyList<CaseFeature> features, List<SolvedCase> cases, List<CaseScore> scores, IReadOnlyList<string> outputs)
    {
        var found = new List<(string Output, CasePattern Pattern, int Failing)>();
        foreach (var output in outputs)
        {
            var comparisons = scores.Select(s => Output(s, output)).ToList();
            var failing = comparisons.Select(c => !c.Passed).ToList();
            var explained = comparisons.Where(c => !c.Passed).All(c => c.Diagnosis is not null);
            if (!explained && CasePatternFinder.Find(features, cases, failing) is { } pattern)
            {
                found.Add((output, pattern, failing.Count(f => f)));
            }
        }

        return
        [
            .. found.GroupBy(f => f.Pattern).Select(g =>
            {
                var (pattern, names) = (g.Key, g.Select(f => f.Output).ToList());
                return pattern.PublicSizesOnly
                    ? Diagnosis.PublicSizesOnly(names, pattern.Feature.PublicSizes!, pattern.Feature.OtherSizes)
                    : Diagnosis.CasePattern(names, pattern.Where, g.First().Failing, cases.Count, pattern.Feature.Hint);
            }),
        ];
    }

    private static OutputComparison Output(CaseScore score, string output) => score.Outputs.First(o => o.Name == output);
}
