using System.Globalization;

namespace Grader.Submissions;

/// <summary>
/// A file of a submission that could not be used: a syntax or compile error, bad YAML, a file
/// refused before reading. The sentences live in <c>FileIssue.Reasons.cs</c>.
/// </summary>
/// <param name="Line">1-based; 0 when not known, as <paramref name="Column"/>.</param>
public sealed partial record FileIssue(string File, int Line, int Column, string Message)
{
    /// <summary>Where, as compilers print it: <c>hw.py:12:5</c>, <c>hw.py:12</c> or <c>hw.py</c>.</summary>
    public string Location => (Line, Column) switch
    {
        ( <= 0, _) => File,
        (_, <= 0) => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}"),
    };

    /// <summary>How reports show the issue: <c>hw.py:12:5: message</c>, without the zeros of an unknown position.</summary>
    public string Describe() => $"{Location}: {Message}";

    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
