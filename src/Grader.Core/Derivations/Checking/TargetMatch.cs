namespace Grader.Derivations.Checking;

/// <summary>What <see cref="TargetFinder"/> decided for a chain: its target, or why it has none.</summary>
/// <param name="Candidates">The problems and outputs that fit as well (for an ambiguous chain), or that fit at all.</param>
internal sealed record TargetMatch(ChainTarget? Target, UnassignedKind? Unassigned, string Reason, IReadOnlyList<string> Candidates)
{
    public static TargetMatch Found(ChainTarget target, IReadOnlyList<string> candidates) =>
        new(target, null, DerivationMessages.Assigned(target, candidates), candidates);

    public static TargetMatch None(UnassignedKind kind, string reason, IReadOnlyList<string>? candidates = null) =>
        new(null, kind, reason, candidates ?? []);
}
