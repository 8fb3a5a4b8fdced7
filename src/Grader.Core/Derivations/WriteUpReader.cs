namespace Grader.Derivations;

/// <summary>
/// Reads a student's Markdown write-up into chains of equalities, every side kept as LaTeX source with
/// its position (the Formulas stage reads the LaTeX later). Never throws: what cannot be read is a
/// <see cref="WriteUpIssue"/>, and reading is bounded by <see cref="WriteUpLimits"/>.
/// </summary>
internal static class WriteUpReader
{
    /// <param name="text">The file's text, as read (offsets in spans are into it).</param>
    /// <param name="file">The file's name as messages print it: <c>write-up.md</c>.</param>
    public static WriteUp Read(string text, string file)
    {
        var reading = new WriteUpReading(file);
        reading.Source(text, cell: null);
        return reading.Finish();
    }

    /// <summary>
    /// Reads a notebook's Markdown cells, in order, as one write-up: positions are a cell's number and a
    /// line and column in that cell. A block in a cell that opens with <c>=</c> may continue the chain
    /// of the cell right before it (consecutive numbers); a code cell between two Markdown cells, which
    /// the numbers skip, ends it.
    /// </summary>
    public static WriteUp ReadNotebook(string file, IReadOnlyList<NotebookCell> cells)
    {
        var reading = new WriteUpReading(file);
        foreach (var cell in cells)
        {
            reading.Source(cell.Markdown, cell.Number);
        }

        return reading.Finish();
    }
}
