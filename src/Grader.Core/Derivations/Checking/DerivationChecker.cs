using Grader.Reference;

namespace Grader.Derivations.Checking;

/// <summary>
/// Checks a write-up's derivations against the catalogue: each chain bound to the problem and output
/// it derives (<see cref="TargetFinder"/>), each step of a bound chain evaluated on that problem's
/// cases (<see cref="ChainChecker"/>). Bounded by <see cref="CheckLimits"/>; never throws.
/// </summary>
internal sealed class DerivationChecker
{
    private readonly TargetFinder _finder;

    public DerivationChecker(IEnumerable<DerivationProblem> problems)
    {
        _finder = new TargetFinder([.. problems]);
    }

    /// <summary>For compiled problems, each solved on first use (pass solved ones to <see cref="DerivationProblem.Create"/> to share a run's).</summary>
    public static DerivationChecker For(IEnumerable<CompiledProblem> problems) =>
        new(problems.Select(p => DerivationProblem.Create(p)).OfType<DerivationProblem>());

    public WriteUpCheck Check(WriteUp writeUp)
    {
        var checkedChains = new List<ChainCheck>();
        var skipped = new List<SkippedChain>();
        var perProblem = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < writeUp.Chains.Count; k++)
        {
            var chain = writeUp.Chains[k];
            if (k >= CheckLimits.MaxChainsExamined)
            {
                skipped.Add(new SkippedChain(chain, TargetMatch.None(UnassignedKind.OverLimit, DerivationMessages.ChainsOverLimit(CheckLimits.MaxChainsExamined))));
                continue;
            }

            var match = Find(chain);
            if (match.Target is not { } target)
            {
                skipped.Add(new SkippedChain(chain, match));
                continue;
            }

            var count = perProblem[target.ProblemId] = perProblem.GetValueOrDefault(target.ProblemId) + 1;
            if (count > CheckLimits.MaxChainsPerProblem)
            {
                skipped.Add(new SkippedChain(chain, TargetMatch.None(UnassignedKind.OverLimit, DerivationMessages.ProblemChainsOverLimit(target.ProblemId, CheckLimits.MaxChainsPerProblem))));
                continue;
            }

            checkedChains.Add(ChainChecker.Check(chain, target, writeUp.File));
        }

        return new WriteUpCheck(writeUp, checkedChains, skipped);
    }

    private TargetMatch Find(DerivationChain chain)
    {
        try
        {
            return _finder.Find(chain);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return TargetMatch.None(UnassignedKind.Internal, DerivationMessages.Internal(error.Message));
        }
    }
}
