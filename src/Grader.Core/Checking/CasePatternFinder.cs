using Grader.Reference;

namespace Grader.Checking;

/// <summary>
/// Finds the feature that separates failing cases from passing ones exactly: true on every failing
/// case and on no passing one (or the reverse). A feature that also holds on one passing case is
/// not said; neither is anything with fewer than two failing cases or no passing case.
/// </summary>
internal static class CasePatternFinder
{
    /// <param name="features">In the order to try them, simplest first.</param>
    /// <param name="failing">Per case of <paramref name="cases"/>, whether it failed.</param>
    public static CasePattern? Find(IReadOnlyList<CaseFeature> features, IReadOnlyList<SolvedCase> cases, IReadOnlyList<bool> failing)
    {
        var failures = failing.Count(f => f);
        if (failures < 2 || failures == failing.Count)
        {
            return null;
        }

        // When only the public case passes, its sizes are the likeliest reason, before any feature that
        // happens to single it out.
        var onlyPublicPasses = cases.Where((_, i) => !failing[i]).All(c => !c.Hidden);
        var ordered = onlyPublicPasses ? features.OrderBy(f => f.PublicSizes is null) : features.AsEnumerable();
        foreach (var feature in ordered)
        {
            var holds = cases.Select(feature.Holds).ToList();
            if (holds.SequenceEqual(failing))
            {
                return new CasePattern(feature, Negated: false);
            }

            if (holds.Select(h => !h).SequenceEqual(failing))
            {
                return new CasePattern(feature, Negated: true);
            }
        }

        return null;
    }
}
