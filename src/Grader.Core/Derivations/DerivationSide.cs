namespace Grader.Derivations;

/// <summary>
/// One side of an equality, as LaTeX source: alignment marks, <c>\tag</c>, <c>\label</c>, equation
/// numbers and trailing punctuation removed, whitespace around line breaks made one space. The span is
/// where it was read from (for a side wrapped over lines of an align, from its start to its end), so
/// <see cref="Latex"/> is not always the span's text verbatim.
/// </summary>
internal sealed record DerivationSide(string Latex, WriteUpSpan Span)
{
    /// <summary>The left side of a chain whose block opens with <c>=</c> and continues nothing: not written.</summary>
    public bool IsMissing => Latex.Length == 0;
}
