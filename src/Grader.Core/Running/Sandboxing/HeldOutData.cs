namespace Grader.Running.Sandboxing;

/// <summary>
/// Labelled data the grader holds out from student code: the datasets of experiment problems, whose
/// test labels the grader alone reads (docs/security.md, "Held-out data"). The sandbox covers each of
/// these folders with an empty read-only file system, so neither a submission nor the sklearn it
/// imports can read them; where there are no mount namespaces (the confined fallback) they must be
/// closed to other users, or no student code runs.
/// </summary>
public static class HeldOutData
{
    /// <summary>Where Debian's python3-sklearn keeps its datasets.</summary>
    public const string DebianFolder = "/usr/lib/python3/dist-packages/sklearn/datasets/data";

    /// <summary>Names another folder the grader reads the datasets from (a test's, or a machine that keeps sklearn elsewhere).</summary>
    public const string FolderVariable = "GRADER_SKLEARN_DATA";

    /// <summary>Where the grader reads the datasets from.</summary>
    public static string Folder => Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder ? Path.GetFullPath(folder) : DebianFolder;

    /// <summary>sklearn's datasets wherever a Python of this machine installs it (looked for once).</summary>
    private static readonly Lazy<string[]> Installed = new(FindInstalled);

    /// <summary>The folders hidden from student code: the grader's, and every sklearn's datasets, that exist.</summary>
    public static IReadOnlyList<string> Folders() =>
        [.. Installed.Value.Append(Folder).Where(Directory.Exists).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The first held-out folder or file other users may read, or null (for the confined fallback).</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static string? ReadableByOthers()
    {
        foreach (var folder in Folders())
        {
            if ((File.GetUnixFileMode(folder) & (UnixFileMode.OtherExecute | UnixFileMode.OtherRead)) == 0)
            {
                continue;
            }

            var open = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .FirstOrDefault(file => (File.GetUnixFileMode(file) & UnixFileMode.OtherRead) != 0);
            if (open is not null)
            {
                return open;
            }
        }

        return null;
    }

    private static string[] FindInstalled()
    {
        var found = new List<string>();
        foreach (var lib in new[] { "/usr/lib", "/usr/local/lib" })
        {
            if (!Directory.Exists(lib))
            {
                continue;
            }

            foreach (var python in Directory.EnumerateDirectories(lib, "python3*"))
            {
                found.AddRange(new[] { "dist-packages", "site-packages" }.Select(packages => Path.Combine(python, packages, "sklearn", "datasets", "data")));
            }
        }

        return [.. found];
    }
}
