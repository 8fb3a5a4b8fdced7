using Grader.Running.Exceptions;

namespace Grader.Checking;

/// <summary>Hidden cases that raised the same exception type at the same line: the first one's summary, and how many.</summary>
internal sealed record RaisedGroup(ExceptionSummary Summary, int Count)
{
    /// <summary>The cases' exceptions grouped by (type, line), the most frequent first, then in case order.</summary>
    public static IReadOnlyList<RaisedGroup> Of(IEnumerable<CaseScore> cases) =>
    [
        .. cases
            .Select(c => c.Exception)
            .OfType<ExceptionSummary>()
            .GroupBy(e => (e.Type, e.Frame?.Location))
            .Select(g => new RaisedGroup(g.First(), g.Count()))
            .OrderByDescending(g => g.Count),
    ];
}
