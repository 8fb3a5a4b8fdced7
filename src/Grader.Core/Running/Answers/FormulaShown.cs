namespace Grader.Running.Answers;

/// <summary>
/// A formula answer as the reports show it: as the student wrote it and as Grader read it (the
/// numpy-like reading), so a misreading is visible; or why it could not be read, rendered like a
/// compiler's error. All of it is student text, to be made inert by each report.
/// </summary>
public sealed record FormulaShown(string Output, string Written, string? ReadAs, string? Error)
{
    /// <summary>The example index a per-example formula was written in (<c>z^{(3)}_i</c>): it was read as row i of the answer.</summary>
    public char? RowIndex { get; init; }
}
