namespace Grader.Submissions;

/// <summary>
/// Turns the paths given to <c>grader grade</c> into submissions: a file or a folder holding code
/// or answers is one submission; a folder holding only folders and zips is a class, one submission
/// per entry, in name order.
/// </summary>
public static class SubmissionLocator
{
    private static readonly string[] SubmissionExtensions = [".py", ".ipynb", ".cs"];

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var submissions = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                submissions.Add(path);
            }
            else if (Directory.Exists(path))
            {
                submissions.AddRange(IsOneSubmission(path) ? [path] : Entries(path));
            }
            else
            {
                throw new FileNotFoundException($"no submission at {path}");
            }
        }

        return submissions;
    }

    /// <summary>
    /// The submissions under a folder of submissions and classes (the grading suite's
    /// <c>submissions/</c>): the folder itself when it is one submission; else each of its entries that is
    /// one submission, and each class folder's entries, taken as <see cref="Expand"/> takes a class.
    /// </summary>
    /// <exception cref="FileNotFoundException">there is no such folder.</exception>
    public static IReadOnlyList<string> FindAll(string root) =>
        Directory.Exists(root) && !IsOneSubmission(root) ? Expand(Entries(root)) : Expand([root]);

    /// <summary>A folder with code or answers at its top, or with nothing that looks like a class.</summary>
    public static bool IsOneSubmission(string folder) =>
        Directory.EnumerateFiles(folder).Any(IsSubmissionFile)
        || !Entries(folder).Any();

    private static bool IsSubmissionFile(string file) =>
        SubmissionExtensions.Contains(Path.GetExtension(file).ToLowerInvariant())
        || Path.GetFileName(file).ToLowerInvariant() is "answers.yaml" or "answers.yml";

    private static IEnumerable<string> Entries(string folder) =>
        Directory.EnumerateDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .Concat(Directory.EnumerateFiles(folder, "*.zip"))
            .Order(StringComparer.Ordinal);
}
