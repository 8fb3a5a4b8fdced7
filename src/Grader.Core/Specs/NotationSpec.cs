namespace Grader.Specs;

/// <summary>
/// A spec's <c>notation:</c> table as written: how the assignment's LaTeX spells the problem's values
/// and functions. Each spelling and meaning keeps its place in the spec, so that a spelling that is not
/// one LaTeX symbol, or a meaning that does not parse, is reported there when formulas are read.
/// </summary>
/// <param name="Vectors">How an unindexed vector and a row stand in the problem's mathematics.</param>
/// <param name="Symbols">Spelling (LaTeX) and meaning (model language), in the spec's order.</param>
public sealed record NotationSpec(
    Orientation Vectors,
    IReadOnlyList<(SourceText Spelling, SourceText Meaning)> Symbols,
    SourceLocation Location)
{
    /// <summary>Layer by layer answers and the student's per-layer definitions, if the problem has layers.</summary>
    public LayersSpec? Layers { get; init; }

    /// <summary>
    /// LaTeX that names an output itself (<c>\delta^L: delta</c>, <c>\frac{\partial^2 C}{\partial a^2}: d2a</c>):
    /// a derivation whose first side is written so derives that output, and that side stands for its answer.
    /// </summary>
    public IReadOnlyList<(SourceText Spelling, string Output)> Outputs { get; init; } = [];
}
