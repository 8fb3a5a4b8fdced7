namespace Grader.Class.Reports;

/// <summary>
/// The instructor's view of a course with variants across the class: submissions whose owner could
/// not be told, typed answers that are another student's numbers, and the same wrong numbers handed
/// in by several students (on different variants, no coincidence). Never in a student's feedback.
/// </summary>
public sealed class CourseTally
{
    private readonly List<(string Submission, OwnerSeen Owner)> _unknown = [];
    private readonly List<(string Submission, OwnerSeen Owner)> _disputed = [];
    private readonly Dictionary<string, List<string>> _byOwner = new(StringComparer.Ordinal);
    private readonly List<(string Submission, string? OwnerId, CopySeen Copy)> _copies = [];
    private readonly Dictionary<(string Problem, string Print), List<(string Submission, string? OwnerId)>> _wrong = [];

    /// <summary>Whether any record came from a course with variants.</summary>
    public bool Any { get; private set; }

    public IReadOnlyList<(string Submission, OwnerSeen Owner)> UnknownOwners => _unknown;

    public IReadOnlyList<(string Submission, string? OwnerId, CopySeen Copy)> Copies => _copies;

    /// <summary>Submissions whose answers.yaml names another student than the roster or --student does.</summary>
    public IReadOnlyList<(string Submission, OwnerSeen Owner)> DisputedOwners => _disputed;

    /// <summary>Students who own more than one submission (each graded on the same numbers).</summary>
    public IEnumerable<(string Id, IReadOnlyList<string> Submissions)> SharedOwners =>
        _byOwner.Where(o => o.Value.Count > 1).OrderBy(o => o.Key, StringComparer.Ordinal)
            .Select(o => (o.Key, (IReadOnlyList<string>)[.. o.Value.Order(StringComparer.Ordinal)]));

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
        else
        {
            if (owner.Claimed is not null)
            {
                _disputed.Add((record.Submission, owner));
            }

            if (!_byOwner.TryGetValue(owner.Id, out var submissions))
            {
                _byOwner[owner.Id] = submissions = [];
            }

            submissions.Add(record.Submission);
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
