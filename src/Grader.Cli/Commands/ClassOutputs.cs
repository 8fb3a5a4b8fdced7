using System.Text.Json;
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

    /// <summary>The submissions the last run (or merge) into a folder covers, written as it starts: <c>merge</c>
    /// takes those, not the folder of a student graded once and since removed from the class, and
    /// refuses a folder whose run has not finished.</summary>
    public const string Slice = ".grader-slice.json";

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

    public static void WriteSlice(string outDirectory, IEnumerable<string> folders) =>
        AtomicFile.Write(Path.Combine(outDirectory, Slice), JsonSerializer.Serialize(folders.Order(StringComparer.Ordinal).ToArray()) + "\n");

    /// <summary>The submissions of the run that wrote <paramref name="outDirectory"/>, or null for an output without a slice file.</summary>
    /// <exception cref="UsageException">a slice file that is not a JSON list of names.</exception>
    public static IReadOnlySet<string>? ReadSlice(string outDirectory)
    {
        var path = Path.Combine(outDirectory, Slice);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<string[]>(File.ReadAllText(path))?.ToHashSet(StringComparer.Ordinal)
                ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path}: not a list of submission names ({e.Message}); delete it and rerun that grading command");
        }
    }

    /// <summary>The folders directly under <paramref name="outDirectory"/> that hold a completion record.</summary>
    public static IEnumerable<string> GradedFolders(string outDirectory) =>
        Directory.EnumerateDirectories(outDirectory)
            .Where(d => !Path.GetFileName(d).Contains(AtomicFile.TemporaryMarker, StringComparison.Ordinal))
            .Where(d => File.Exists(Path.Combine(d, CompletionRecord.FileName)))
            .Select(Path.GetFileName)
            .OfType<string>();
}
