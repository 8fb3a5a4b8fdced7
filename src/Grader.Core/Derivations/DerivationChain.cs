namespace Grader.Derivations;

/// <summary>
/// A chain <c>A = B = C</c> read as its steps (A = B, B = C), in order, never empty. Only the last step
/// may have a relation other than <c>=</c> (it ends the chain; the next chain starts at its right side).
/// </summary>
/// <param name="Heading">The nearest heading before the block the chain starts in; null when none precedes it.</param>
/// <param name="Macros">The write-up's own macros (<see cref="MacroDefinition"/>) that the chain's sides use, by name.</param>
internal sealed record DerivationChain(IReadOnlyList<DerivationStep> Steps, WriteUpHeading? Heading, IReadOnlyList<string> Macros)
{
    public DerivationSide First => Steps[0].Left;

    /// <summary>The right side of its last step.</summary>
    public DerivationSide Last => Steps[^1].Right;

    /// <summary>The chain's result: where its equalities end (<c>… = y/a² + (1 − y)/(1 − a)² &gt; 0</c> results in the sum, not 0).</summary>
    public DerivationSide Result => Steps.LastOrDefault(s => s.Relation.IsEquality)?.Right ?? Last;

    /// <summary>Every side in order: the first left side, then each step's right side.</summary>
    public IEnumerable<DerivationSide> Sides => Steps.Select(s => s.Right).Prepend(First);
}
