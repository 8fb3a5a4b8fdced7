using System.Globalization;

namespace Grader.Derivations;

/// <summary>
/// Where a piece of a write-up is: a character offset and length into the text read (a notebook cell's
/// own text for a cell), and the 1-based line and column of its start. Columns count UTF-16 characters,
/// a tab as one.
/// </summary>
/// <param name="Cell">The notebook cell's number as given to <see cref="WriteUpReader.ReadNotebook"/>; null for a Markdown file.</param>
internal readonly record struct WriteUpSpan(int Offset, int Length, int Line, int Column, int? Cell = null)
{
    public int End => Offset + Length;

    /// <summary>As compilers print a place: <c>write-up.md:42:7</c>, or <c>hw.ipynb:cell 3:2:7</c> in a notebook.</summary>
    public string Describe(string file) => Cell is { } cell
        ? string.Create(CultureInfo.InvariantCulture, $"{file}:cell {cell}:{Line}:{Column}")
        : string.Create(CultureInfo.InvariantCulture, $"{file}:{Line}:{Column}");
}
