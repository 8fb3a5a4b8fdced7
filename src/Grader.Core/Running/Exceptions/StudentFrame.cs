using System.Globalization;

namespace Grader.Running.Exceptions;

/// <summary>
/// A line of the student's own code that a traceback passes through: the file as the submission
/// names it, the line, the notebook cell it is in (<c>code cell 3, line 2</c>), and the line's text as
/// the student handed it in (never as the running code may have rewritten the file).
/// </summary>
public sealed record StudentFrame(string File, int Line, string? Cell, string? Source)
{
    /// <summary><c>solutions.py:12</c>, or <c>homework.ipynb (code cell 3, line 2)</c>.</summary>
    public string Location => Cell is null
        ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}")
        : $"{File} ({Cell})";
}
