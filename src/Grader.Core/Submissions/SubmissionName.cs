namespace Grader.Submissions;

/// <summary>The names a submission goes by, derived from its path in this one place.</summary>
public static class SubmissionName
{
    /// <summary>Its name in reports and the gradebook: the folder's name, or the file's without its extension (<c>alice.zip</c> → <c>alice</c>).</summary>
    public static string Of(string path) => Of(path, Directory.Exists(path));

    /// <summary>As <see cref="Of(string)"/>, for a caller that already knows whether the path is a folder.</summary>
    public static string Of(string path, bool isFolder) => isFolder
        ? Path.GetFileName(Path.TrimEndingDirectorySeparator(path))
        : Path.GetFileNameWithoutExtension(path);

    /// <summary>
    /// The entry's own name in its folder, extension included: it names a submission that cannot be
    /// opened (a corrupt <c>alice.zip</c>), and tells apart entries that share a name (<c>alice</c>, <c>alice.zip</c>).
    /// </summary>
    public static string Entry(string path) => Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
}
