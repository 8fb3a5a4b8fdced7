namespace Grader.Submissions;

/// <summary>A file of a submission is not used, for the reason in <see cref="Issue"/>; the other files still count.</summary>
internal sealed class FileRefusedException : Exception
{
    public FileRefusedException(FileIssue issue)
        : base(issue.Message) => Issue = issue;

    public FileIssue Issue { get; }
}
