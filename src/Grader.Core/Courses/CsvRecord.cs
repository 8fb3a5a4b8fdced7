namespace Grader.Courses;

/// <summary>One record of a CSV file: its cells, and the physical line it starts on (a quoted cell may span lines).</summary>
internal sealed record CsvRecord(IReadOnlyList<CsvCell> Cells, int Line)
{
    /// <summary>A line with nothing on it, which no export means as a row.</summary>
    public bool IsBlank => Cells.Count == 1 && string.IsNullOrWhiteSpace(Cells[0].Text);
}
