using System.Globalization;

namespace Grader.Derivations;

/// <summary>
/// Every message about reading a write-up, in one place: what was not read as written, where, and how
/// to fix it. The math inside a block has its own file, <c>WriteUpError.Math.cs</c>.
/// </summary>
internal static partial class WriteUpError
{
    public static WriteUpIssue TextTooLong(string file, WriteUpSpan span, long length) =>
        new(file, span, Say($"the write-up is {length} characters long; only the first {WriteUpLimits.MaxTextLength} were read, the rest was skipped"));

    public static WriteUpIssue DisplayNeverClosed(string file, WriteUpSpan span, string opener, string closer) =>
        new(file, span, $"the display math opened here is never closed ({opener}); close it with {closer}");

    public static WriteUpIssue CodeNeverClosed(string file, WriteUpSpan span, string fence) =>
        new(file, span, $"the code block opened here ({fence}) is never closed, so the rest of the write-up is code; close it with {fence}");

    public static WriteUpIssue CommentNeverClosed(string file, WriteUpSpan span) =>
        new(file, span, "the HTML comment opened here is never closed, so the rest of the write-up is hidden; close it with -->");

    public static WriteUpIssue HtmlNeverClosed(string file, WriteUpSpan span, string tag) =>
        new(file, span, $"the <{tag}> block opened here is never closed, so the rest of the write-up is HTML; close it with </{tag}>");

    public static WriteUpIssue TooManyChains(string file, WriteUpSpan span) =>
        new(file, span, Say($"the write-up has more than {WriteUpLimits.MaxChains} chains of equalities; the display math from here on was skipped"));

    public static WriteUpIssue TooManySteps(string file, WriteUpSpan span) =>
        new(file, span, Say($"the write-up has more than {WriteUpLimits.MaxSteps} steps in its chains; the display math from here on was skipped"));

    public static WriteUpIssue ChainTooLong(string file, WriteUpSpan span) =>
        new(file, span, Say($"this chain has more than {WriteUpLimits.MaxStepsPerChain} steps; the rest of it was skipped"));

    public static WriteUpIssue TooManyMacros(string file, WriteUpSpan span) =>
        new(file, span, Say($"the write-up defines more than {WriteUpLimits.MaxMacros} macros; those from here on are not listed"));

    public static WriteUpIssue MoreIssues(string file, WriteUpSpan span, int count) =>
        new(file, span, Say($"and {count} more issues like those above, not listed"));

    /// <summary>A fault of the reader itself, not of the write-up: what was read before it is kept.</summary>
    public static WriteUpIssue ReadingFailed(string file, WriteUpSpan span, Exception error) =>
        new(file, span, $"the write-up could not be read past here ({error.GetType().Name}); what came before was kept");

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
