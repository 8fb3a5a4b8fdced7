using System.Globalization;

namespace Grader.Specs;

/// <summary>
/// A place in a file, 1-based, as compilers print it: <c>file:line:col</c>. A line of 0 means the
/// whole file (a file that is missing or empty) and prints as <c>file</c>; a column of 0 means the
/// whole line and prints as <c>file:line</c>.
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => (Line, Column) switch
    {
        ( <= 0, _) => File,
        (_, <= 0) => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}"),
    };
}
