namespace Grader.Derivations;

/// <summary>The issues of one reading, at most <see cref="WriteUpLimits.MaxIssues"/> listed and the rest counted.</summary>
internal sealed class IssueList(string file)
{
    private readonly List<WriteUpIssue> _issues = [];
    private int _unlisted;
    private WriteUpSpan _lastSpan;

    public string File { get; } = file;

    public void Add(WriteUpIssue issue)
    {
        _lastSpan = issue.Span;
        if (_issues.Count < WriteUpLimits.MaxIssues)
        {
            _issues.Add(issue);
        }
        else
        {
            _unlisted++;
        }
    }

    public IReadOnlyList<WriteUpIssue> ToList() => _unlisted == 0
        ? [.. _issues]
        : [.. _issues, WriteUpError.MoreIssues(File, _lastSpan, _unlisted)];
}
