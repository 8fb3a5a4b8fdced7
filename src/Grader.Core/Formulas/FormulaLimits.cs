namespace Grader.Formulas;

/// <summary>
/// Bounds on a formula, which is student data: every reader, checker and interpreter of the model
/// language recurses over the tree, so depth is bounded before anything recurses, and length bounds
/// the rest (an answer longer than this is not a formula a TA would read either).
/// </summary>
internal static class FormulaLimits
{
    /// <summary>Characters in one formula (the seeds' longest final formula is about 400).</summary>
    public const int MaxLength = 2000;

    /// <summary>Nested brackets, braces, groups and scripts, counted as they open.</summary>
    public const int MaxNesting = 40;

    /// <summary>Depth of the translated tree (a long chain of sums nests one level per term).</summary>
    public const int MaxTreeDepth = 200;

    /// <summary>
    /// Entries of any array a formula builds on one case (its parts' shapes, with the case's sizes). A
    /// problem's own arrays are far smaller; an outer product of two batches (N × N) still fits.
    /// </summary>
    public const long MaxEntries = 10_000_000;

    /// <summary>
    /// Arithmetic of one formula on one case: the entries of all its parts, a matrix product's times its
    /// inner size. A second or so of Grader's interpreter; the seeds' formulas on the catalogue's largest
    /// cases cost well under 10⁵.
    /// </summary>
    public const long MaxWork = 50_000_000;
}
