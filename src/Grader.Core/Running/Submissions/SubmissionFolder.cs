namespace Grader.Running;

/// <summary>
/// Puts a submission given as a folder, a <c>.zip</c> or a single file into a folder to read and to
/// bind into the sandbox. Zips and single files are unpacked into a private temporary folder.
/// </summary>
internal static class SubmissionFolder
{
    public const long MaxUnpackedBytes = 200L << 20;

    /// <summary>More files than any homework needs: a submission beyond this is refused.</summary>
    public const int MaxFiles = 2000;

    public static (string Root, string Name, string? Temporary, List<FileIssue> Issues) Stage(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            var count = Directory.EnumerateFileSystemEntries(full, "*", NoLinks).Take(MaxFiles + 1).Count();
            if (count > MaxFiles)
            {
                throw RunnerException.TooManyFiles(path, count, MaxFiles);
            }

            return (full.TrimEnd('/'), Path.GetFileName(full.TrimEnd('/')), null, []);
        }

        if (!File.Exists(full))
        {
            throw RunnerException.SubmissionMissing(path);
        }

        var temporary = CreateTemporary();
        var name = Path.GetFileNameWithoutExtension(full);
        if (full.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            List<FileIssue> issues;
            try
            {
                issues = ZipUnpacker.Extract(full, temporary, path);
            }
            catch
            {
                Directory.Delete(temporary, recursive: true);
                throw;
            }

            var entries = Directory.GetFileSystemEntries(temporary);
            var root = entries.Length == 1 && Directory.Exists(entries[0]) ? entries[0] : temporary;
            return (root, name, temporary, issues);
        }

        File.Copy(full, Path.Combine(temporary, Path.GetFileName(full)));
        return (temporary, name, temporary, []);
    }

    /// <summary>Symbolic links are skipped: they could make the grader read host files as the student's source.</summary>
    public static readonly EnumerationOptions NoLinks = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
        IgnoreInaccessible = true,
    };

    public static IEnumerable<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", NoLinks)
            .Where(f => !Path.GetRelativePath(root, f).Split('/').Any(part =>
                part.StartsWith('.') || part is "__pycache__" or "__MACOSX" or "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    /// <summary>Symbolic links anywhere in the submission (reported, never followed).</summary>
    public static IEnumerable<string> Links(string root)
    {
        // Walk by hand: a recursive enumeration would descend into a linked folder (say, /usr).
        var links = new List<string>();
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(pending.Pop(), "*", new EnumerationOptions { IgnoreInaccessible = true }))
            {
                if (new FileInfo(entry).LinkTarget is not null)
                {
                    links.Add(entry);
                }
                else if (Directory.Exists(entry))
                {
                    pending.Push(entry);
                }
            }
        }

        return links.Order(StringComparer.Ordinal);
    }

    public static string CreateTemporary()
    {
        var folder = Path.Combine(Path.GetTempPath(), "grader-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
