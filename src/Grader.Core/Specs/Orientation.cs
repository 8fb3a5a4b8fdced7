namespace Grader.Specs;

/// <summary>
/// How a vector stands in the written mathematics; the model language's 1-D arrays have no
/// orientation, but <c>u v^T</c> (an outer product) and <c>u^T v</c> (a number) differ by it.
/// </summary>
public enum Orientation
{
    Column,
    Row,

    /// <summary>
    /// Read entry by entry, as a problem about elementwise functions means its vectors
    /// (<c>\sigma(x)(1 - \sigma(x))</c>): a product of two is elementwise, a transpose changes nothing.
    /// </summary>
    Entries,
}
