using System.Globalization;
using Grader.Running.Exceptions;

namespace Grader.Checking;

/// <summary>
/// Every sentence about an exception the student's code raised, for the one-line feedback and the
/// reports: the type, the student's line, and the message (a hidden case's already scrubbed, see
/// <see cref="ExceptionSummary"/>). Never a hidden case's traceback.
/// </summary>
internal static class RaisedFeedback
{
    /// <summary>At most this many groups are named in one line; the rest are counted.</summary>
    public const int MaxGroupsInLine = 3;

    /// <summary>Above the hidden cases' exceptions in the feedback.</summary>
    public const string HiddenHeading = "What your code raised on hidden cases (their numbers shown as …):";

    /// <summary>A case's exception on its own: <c>Your code raised ValueError at solutions.py:12 (`…`): …</c></summary>
    public static string YourCode(ExceptionSummary summary, RaisedStyle style) => "Your code " + OnCase(summary, style);

    /// <summary><c>raised ValueError at solutions.py:12 (`dW1 = X.T @ delta`)</c></summary>
    public static string Raised(ExceptionSummary summary, RaisedStyle style)
    {
        var where = summary.Frame is { } frame
            ? " at " + style.Location(frame.Location) + (frame.Source is { } source ? " (" + style.Code(source) + ")" : string.Empty)
            : string.Empty;
        return "raised " + style.Text(summary.Type) + where;
    }

    /// <summary><c>raised ValueError at solutions.py:12</c>, for a line per case under the groups.</summary>
    public static string Short(ExceptionSummary summary, RaisedStyle style) =>
        Raised(summary with { Frame = summary.Frame is { } frame ? frame with { Source = null } : null }, style);

    /// <summary><c>raised ValueError at solutions.py:12 (`…`) on 10 of 12 hidden cases: operands could not be broadcast …</c></summary>
    public static string OnHidden(RaisedGroup group, int hiddenCases, RaisedStyle style) =>
        Raised(group.Summary, style)
        + string.Create(CultureInfo.InvariantCulture, $" on {group.Count} of {hiddenCases} hidden cases")
        + Said(group.Summary, style);

    /// <summary>The hidden cases' exceptions in one line: the most frequent groups, then how many other kinds.</summary>
    public static string OnHidden(IReadOnlyList<RaisedGroup> groups, int hiddenCases, RaisedStyle style)
    {
        var named = string.Join("; ", groups.Take(MaxGroupsInLine).Select(g => OnHidden(g, hiddenCases, style)));
        var others = groups.Count - MaxGroupsInLine;
        return others > 0
            ? named + string.Create(CultureInfo.InvariantCulture, $"; and {others} other exception{(others == 1 ? "" : "s")}")
            : named;
    }

    /// <summary><c>raised KeyError at solutions.py:4 (`…`) on the public case: 'W2'</c>, the message's first line only.</summary>
    public static string OnPublic(ExceptionSummary summary, RaisedStyle style) =>
        Raised(summary, style) + " on the public case" + Said(summary with { Message = FirstLine(summary.Message) }, style);

    /// <summary>One case's exception, for a per-case line: <c>raised ValueError at solutions.py:12 (`…`): …</c></summary>
    public static string OnCase(ExceptionSummary summary, RaisedStyle style) =>
        Raised(summary, style) + Said(summary, style);

    private static string Said(ExceptionSummary summary, RaisedStyle style) =>
        summary.Message.Length == 0 ? string.Empty : ": " + style.Text(summary.Message);

    private static string FirstLine(string text)
    {
        var line = text.Trim().Split('\n')[0].TrimEnd('\r');
        return line.Length > 160 ? line[..157] + "..." : line;
    }
}
