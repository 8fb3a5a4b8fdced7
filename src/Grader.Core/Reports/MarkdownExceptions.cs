using Grader.Checking;

namespace Grader.Reports;

/// <summary>
/// The hidden cases' exceptions in the feedback (<see cref="RaisedFeedback"/>): one line per exception
/// type and line of the student's code, with how many hidden cases raised it and its scrubbed
/// message; the type and message as inert text, the location and the quoted line in code spans.
/// </summary>
internal static class MarkdownExceptions
{
    private static readonly RaisedStyle Style = new(MarkdownText.Inline, location => MarkdownText.CodeSpan(location), code => MarkdownText.CodeSpan(code));

    public static void Write(MarkdownWriter md, IReadOnlyList<CaseScore> hidden)
    {
        var groups = RaisedGroup.Of(hidden);
        if (groups.Count == 0)
        {
            return;
        }

        md.Line(RaisedFeedback.HiddenHeading);
        md.Blank();
        foreach (var group in groups)
        {
            md.Line("- " + RaisedFeedback.OnHidden(group, hidden.Count, Style));
        }

        md.Blank();
    }

    /// <summary>A hidden case's line when it raised: the type and where; null when it did not.</summary>
    public static string? Short(CaseScore @case) =>
        @case.Exception is { } raised ? RaisedFeedback.Short(raised, Style) : null;
}
