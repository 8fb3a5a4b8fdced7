namespace Grader.Specs;

/// <summary>A place in a file, 1-based, as compilers print it: <c>file:line:col</c>.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
