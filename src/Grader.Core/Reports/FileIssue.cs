using System.Globalization;

namespace Grader.Reports;

/// <summary>A problem reading one file of a submission, at a 1-based line and column (0 when not known).</summary>
public sealed record FileIssue(string File, int Line, int Column, string Message)
{
    /// <summary>Where, as compilers print it: <c>hw.py:12:5</c>, <c>hw.py:12</c> or <c>hw.py</c>.</summary>
    public string Location => (Line, Column) switch
    {
        ( <= 0, _) => File,
        (_, <= 0) => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}"),
    };

    public override string ToString() => $"{Location}: {Message}";
}
