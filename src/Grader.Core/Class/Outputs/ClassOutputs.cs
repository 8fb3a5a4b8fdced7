using System.Text.Json;
using Grader.Class.Reports;

namespace Grader.Class.Outputs;

/// <summary>
/// The layout of an output folder: each submission's reports in <c>students/&lt;folder&gt;/</c>, and
/// beside <c>students/</c> the class files — <c>gradebook.csv</c>, <c>summary.md</c>, <c>report.html</c> —
/// rebuilt from the submissions' completion records, read one at a time (memory does not grow
/// with the class beyond one number per student), each file replaced atomically. A student's folder
/// can be named anything (<c>gradebook.csv</c> included) without meeting a class file.
/// </summary>
internal static class ClassOutputs
{
    /// <summary>The folder under the output folder that holds one folder per submission.</summary>
    public const string Students = "students";

    public const string Gradebook = "gradebook.csv";
    public const string Summary = "summary.md";
    public const string Report = "report.html";

    /// <summary>The submissions the last run (or merge) into a folder covers, written as it starts: <c>merge</c>
    /// takes those, not the folder of a student graded once and since removed from the class, and
    /// refuses a folder whose run has not finished.</summary>
    public const string Slice = ".grader-slice.json";

    /// <summary>Creates the output folder and its <c>students/</c>, and deletes temporary files a killed run left in them.</summary>
    /// <exception cref="OutputWriteException">a folder could not be created.</exception>
    public static void Prepare(string outDirectory)
    {
        var students = Path.Combine(outDirectory, Students);
        try
        {
            Directory.CreateDirectory(students);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(students, e);
        }

        AtomicFile.RemoveLeftovers(outDirectory);
        AtomicFile.RemoveLeftovers(students);
    }

    /// <summary>Where a submission's reports go: <c>OUT/students/&lt;folder&gt;</c>.</summary>
    public static string StudentFolder(string outDirectory, string folder) => Path.Combine(outDirectory, Students, folder);

    /// <param name="folders">The submissions' folder names under <c>students/</c>; rows follow their ordinal order.</param>
    /// <returns>How many submissions the class files hold.</returns>
    /// <param name="lms">Also the gradebook an LMS imports (<c>--gradebook canvas|moodle</c>).</param>
    public static int Rebuild(string outDirectory, IEnumerable<string> folders, IReadOnlyList<string> problemIds, LmsGradebook? lms = null)
    {
        var summary = new ClassSummary(problemIds);
        var records = new List<CompletionRecord>();
        // UTF-8 with a byte order mark: Excel reads a CSV without one in the machine's code page.
        AtomicFile.Write(Path.Combine(outDirectory, Gradebook), writer =>
        {
            var gradebook = new ClassGradebook(problemIds, writer);
            gradebook.WriteHeader();
            foreach (var folder in folders.Order(StringComparer.Ordinal))
            {
                if (CompletionRecord.TryRead(Path.Combine(StudentFolder(outDirectory, folder), CompletionRecord.FileName)) is { } record)
                {
                    gradebook.WriteRow(record);
                    summary.Add(record, folder);
                    records.Add(record);
                }
            }
        }, byteOrderMark: true);
        if (lms is not null)
        {
            AtomicFile.Write(Path.Combine(outDirectory, lms.FileName), writer =>
            {
                lms.WriteHeader(writer);
                records.ForEach(record => lms.WriteRow(writer, record));
            }, byteOrderMark: true);
        }

        AtomicFile.Write(Path.Combine(outDirectory, Summary), writer => new SummaryMarkdown().Write(summary, writer));
        AtomicFile.Write(Path.Combine(outDirectory, Report), writer => new HtmlClassReport().Write(summary, writer));
        return summary.Submissions;
    }

    public static void WriteSlice(string outDirectory, IEnumerable<string> folders) =>
        AtomicFile.Write(Path.Combine(outDirectory, Slice), JsonSerializer.Serialize(folders.Order(StringComparer.Ordinal).ToArray()) + "\n");

    /// <summary>The submissions of the run that wrote <paramref name="outDirectory"/>, or null for an output without a slice file.</summary>
    /// <exception cref="ClassException">a slice file that is not a JSON list of names.</exception>
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
            throw ClassErrors.BadSlice(path, e.Message);
        }
    }

    /// <summary>The folders under <c>students/</c> that hold a completion record.</summary>
    public static IEnumerable<string> GradedFolders(string outDirectory) =>
        !Directory.Exists(Path.Combine(outDirectory, Students)) ? [] : Directory.EnumerateDirectories(Path.Combine(outDirectory, Students))
            .Where(d => !Path.GetFileName(d).Contains(AtomicFile.TemporaryMarker, StringComparison.Ordinal))
            .Where(d => File.Exists(Path.Combine(d, CompletionRecord.FileName)))
            .Select(Path.GetFileName)
            .OfType<string>();
}
