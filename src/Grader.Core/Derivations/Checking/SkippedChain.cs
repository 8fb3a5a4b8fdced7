namespace Grader.Derivations.Checking;

/// <summary>A chain that was not checked, and why (<see cref="TargetMatch.Unassigned"/>, <see cref="TargetMatch.Reason"/>).</summary>
internal sealed record SkippedChain(DerivationChain Chain, TargetMatch Match)
{
    /// <summary>It looked like the derivation of an output (a derivative on its left, or a heading naming a problem), yet has no target.</summary>
    public bool IsWorthTelling => Match.Unassigned is not UnassignedKind.NotADerivative and not UnassignedKind.NoSuchOutput;
}
