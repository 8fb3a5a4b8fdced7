namespace Grader.Derivations;

/// <summary>One step of a chain: <c>Left Relation Right</c>. The right side of a step is the left side of the next.</summary>
internal sealed record DerivationStep(DerivationSide Left, StepRelation Relation, DerivationSide Right, StepLink Link)
{
    /// <summary>An equality with both sides written: what a later stage can check numerically.</summary>
    public bool IsCheckable => Relation.IsEquality && !Left.IsMissing;
}
