namespace Grader.Class.Reports;

/// <summary>
/// The instructor's view of a course with variants across the class: submissions whose owner could
/// not be told, typed answers that are another student's numbers, and the same wrong numbers handed
/// in by several students (on different variants, no coincidence). Never in a student's feedback.
/// </summary>
public sealed class CourseTally
{
    private readonly List<(string Submission, OwnerSeen Owner)> _unknown = [];
    private readonly List<(string Submission, string? OwnerId, CopySeen Copy)> _copies = [];
    private readonly Dictionary<(string Problem, string Print), List<(string Submission, string? OwnerId)>> _wrong = [];

    /// <summary>Whether any record came from a course with variants.</summary>
    public bool Any { get; private set; }

    public IReadOnlyList<(string Submission, OwnerSeen Owner)> UnknownOwners => _unknown;

    public IReadOnlyList<(string Submission, string? OwnerId, CopySeen Copy)> Copies => _copies;

    /// <summary>Groups of two or more students (different owners) with the same wrong typed numbers for a problem.</summary>
    public IEnumerable<(string ProblemId, IReadOnlyList<string> Submissions)> SharedWrongAnswers =>
        _wrong.Where(g => g.Value.Select(s => s.OwnerId ?? "\0" + s.Submission).Distinct().Count() > 1)
            .OrderBy(g => g.Key.Problem, StringComparer.Ordinal)
            .Select(g => (g.Key.Problem, (IReadOnlyList<string>)[.. g.Value.Select(s => s.Submission).Order(StringComparer.Ordinal)]));

    public void Add(CompletionRecord record)
    {
        if (record.Owner is not { } owner)
        {
            return;
        }

        Any = true;
        if (owner.Id is null)
        {
            _unknown.Add((record.Submission, owner));
        }

        _copies.AddRange(record.Copies.Select(c => (record.Submission, owner.Id, c)));
        foreach (var (problem, print) in record.WrongAnswerPrints)
        {
            if (!_wrong.TryGetValue((problem, print), out var list))
            {
                _wrong[(problem, print)] = list = [];
            }

            list.Add((record.Submission, owner.Id));
        }
    }
}
