using Grader.Reports.Class;

namespace Grader.Cli.Commands;

/// <summary>
/// The class files of an output folder — <c>gradebook.csv</c>, <c>summary.md</c>, <c>report.html</c> —
/// rebuilt from the submissions' completion records, read one at a time (memory does not grow
/// with the class beyond one number per student), each file replaced atomically.
/// </summary>
internal static class ClassOutputs
{
    public const string Gradebook = "gradebook.csv";
    public const string Summary = "summary.md";
    public const string Report = "report.html";

    /// <param name="folders">The submissions' folder names under <paramref name="outDirectory"/>; rows follow their ordinal order.</param>
    /// <returns>How many submissions the class files hold.</returns>
    public static int Rebuild(string outDirectory, IEnumerable<string> folders, IReadOnlyList<string> problemIds)
    {
        var summary = new ClassSummary(problemIds);
        AtomicFile.Write(Path.Combine(outDirectory, Gradebook), writer =>
        {
            var gradebook = new ClassGradebook(problemIds, writer);
            gradebook.WriteHeader();
            foreach (var folder in folders.Order(StringComparer.Ordinal))
            {
                if (CompletionRecord.TryRead(Path.Combine(outDirectory, folder, CompletionRecord.FileName)) is { } record)
                {
                    gradebook.WriteRow(record);
                    summary.Add(record);
                }
            }
        });
        AtomicFile.Write(Path.Combine(outDirectory, Summary), writer => new SummaryMarkdown().Write(summary, writer));
        AtomicFile.Write(Path.Combine(outDirectory, Report), writer => new HtmlClassReport().Write(summary, writer));
        return summary.Submissions;
    }

    /// <summary>The folders directly under <paramref name="outDirectory"/> that hold a completion record.</summary>
    public static IEnumerable<string> GradedFolders(string outDirectory) =>
        Directory.EnumerateDirectories(outDirectory)
            .Where(d => !Path.GetFileName(d).Contains(AtomicFile.TemporaryMarker, StringComparison.Ordinal))
            .Where(d => File.Exists(Path.Combine(d, CompletionRecord.FileName)))
            .Select(Path.GetFileName)
            .OfType<string>();
}
