namespace Grader.Submissions;

/// <summary>
/// A file of a submission that could not be used: a syntax or compile error, bad YAML, a file
/// refused before reading. The sentences live in <c>FileIssue.Reasons.cs</c>.
/// </summary>
public sealed partial record FileIssue(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
