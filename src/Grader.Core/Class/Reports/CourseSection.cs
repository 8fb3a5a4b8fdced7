using System.Globalization;
using System.Net;
using Grader.Reports;

namespace Grader.Class.Reports;

/// <summary>
/// The "Variants and copies" section of summary.md and report.html (instructor only): submissions
/// graded on the statement's case because their owner is unknown, typed answers that are another
/// student's numbers, and the same wrong numbers handed in by several students. Every sentence once.
/// </summary>
internal static class CourseSection
{
    public const string Title = "Variants and copies";

    private const string Intro = "Each student was graded on their own numbers. Typed answers that are right for another student's numbers and wrong for their own are that student's; the same wrong numbers from several students (each with numbers of their own) are no coincidence either.";

    public static IEnumerable<string> UnknownLines(CourseTally tally) => tally.UnknownOwners.Select(u =>
        u.Owner.Claimed is { } claimed
            ? $"{u.Submission}: owner unknown (answers.yaml claims '{claimed}', not in the roster); graded on the statement's public case"
            : $"{u.Submission}: owner unknown (no roster student matches its name); graded on the statement's public case");

    public static IEnumerable<string> OwnerLines(CourseTally tally) =>
        tally.DisputedOwners.Select(d => $"{d.Submission}: {d.Owner.Name} ({d.Owner.Id})'s by {d.Owner.Source}, but answers.yaml claims student '{d.Owner.Claimed}'")
            .Concat(tally.SharedOwners.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Submissions.Count} submissions are student {s.Id}'s: {string.Join(", ", s.Submissions)}")));

    public static IEnumerable<string> CopyLines(CourseTally tally) =>
        tally.Copies.Select(c => $"{c.Submission}'s {c.Copy.ProblemId} answers are {c.Copy.Source}'s numbers");

    public static IEnumerable<string> SharedLines(CourseTally tally) => tally.SharedWrongAnswers.Select(s =>
        string.Create(CultureInfo.InvariantCulture, $"{s.ProblemId}: the same wrong numbers from {s.Submissions.Count} students: {string.Join(", ", s.Submissions)}"));

    public static void WriteMarkdown(CourseTally tally, TextWriter writer)
    {
        if (!tally.Any)
        {
            return;
        }

        writer.Write($"\n## {Title}\n\n{Intro}\n\n");
        var lines = Lines(tally);
        writer.Write(lines.Count == 0 ? "Nothing to report: every owner known, no answers copied.\n" : string.Concat(lines.Select(l => $"- {MarkdownText.Inline(l)}\n")));
    }

    public static void WriteHtml(CourseTally tally, TextWriter writer)
    {
        if (!tally.Any)
        {
            return;
        }

        writer.Write($"<h2>{Title}</h2>\n<p>{Intro}</p>\n");
        var lines = Lines(tally);
        writer.Write(lines.Count == 0
            ? "<p>Nothing to report: every owner known, no answers copied.</p>\n"
            : "<ul class=\"limits\">\n" + string.Concat(lines.Select(l => $"<li>{WebUtility.HtmlEncode(InertText.Escape(l))}</li>\n")) + "</ul>\n");
    }

    private static List<string> Lines(CourseTally tally) =>
        [.. UnknownLines(tally), .. OwnerLines(tally), .. CopyLines(tally), .. SharedLines(tally)];
}
