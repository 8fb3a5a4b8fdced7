using System.Globalization;

namespace Grader.Submissions;

/// <summary>
/// Where a submission attempts a problem: the language, the file (relative to the submission's root)
/// and the line of the function's definition (0 for answers).
/// </summary>
public sealed record Attempt(AttemptLanguage Language, string File, int Line)
{
    /// <summary>In a notebook, where <see cref="Line"/> is as the notebook shows it ("cell 3, line 1"); null elsewhere.</summary>
    public string? Cell { get; init; }

    /// <summary><c>hw.py:12</c>, or <c>hw.ipynb (cell 3, line 1)</c>.</summary>
    public string Location => Cell is null ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}") : $"{File} ({Cell})";
}
