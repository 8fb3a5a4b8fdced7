namespace Grader.Running;

/// <summary>A file of a submission that could not be used: a syntax or compile error, bad YAML.</summary>
public sealed record FileIssue(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
