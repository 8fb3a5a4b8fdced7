namespace Grader.Specs;

/// <summary>
/// A spec's <c>notation.layers</c>: the problem's list outputs are answered layer by layer, one formula
/// for layer <c>l</c> = 1 … <c>L</c> (Nielsen's <c>∇_b C = δ^l</c>), and the student may define per-layer
/// quantities by a recurrence (<c>δ^L</c>, then <c>δ^l</c> from <c>δ^{l+1}</c>).
/// </summary>
/// <param name="Count">L, in the model language (<c>len(weights)</c>).</param>
/// <param name="Definitions">Each quantity's LaTeX spelling (<c>\delta</c>) and the list input its layers are shaped like.</param>
public sealed record LayersSpec(
    SourceText Count,
    IReadOnlyList<(SourceText Spelling, SourceText ShapedLike)> Definitions);
