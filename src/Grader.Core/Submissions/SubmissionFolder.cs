using Grader.Running;

namespace Grader.Submissions;

/// <summary>
/// Puts a submission given as a folder, a <c>.zip</c> or a single file into a folder to read and to
/// bind into the sandbox. Zips and single files are unpacked into a private temporary folder; so is
/// a folder holding FIFOs, sockets or devices (its regular files only), so that nothing that reads
/// the submission's folder later can open one.
/// </summary>
internal static class SubmissionFolder
{
    public const long MaxUnpackedBytes = 200L << 20;

    /// <summary>More files than any homework needs: a submission beyond this is refused.</summary>
    public const int MaxFiles = 2000;

    public static (string Root, string Name, string? Temporary, List<FileIssue> Issues) Stage(string path)
    {
        var full = Path.GetFullPath(path);
        var kind = UnixFileType.Of(full);
        if (kind == FileKind.Directory)
        {
            var trimmed = full.TrimEnd('/');
            var walk = FolderWalk.Of(trimmed, path);
            if (!walk.HoldsSpecialFiles)
            {
                return (trimmed, SubmissionName.Of(trimmed, isFolder: true), null, [.. walk.Issues]);
            }

            var copy = CopyRegular(trimmed, walk, path);
            return (copy, SubmissionName.Of(trimmed, isFolder: true), copy, [.. walk.Issues]);
        }

        if (UnixFileType.IsSpecial(kind))
        {
            throw RunnerException.NotARegularFile(path, kind);
        }

        if (!File.Exists(full))
        {
            throw RunnerException.SubmissionMissing(path);
        }

        var temporary = CreateTemporary();
        try
        {
            return StageFile(full, path, temporary);
        }
        catch
        {
            Directory.Delete(temporary, recursive: true);
            throw;
        }
    }

    public static IEnumerable<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", NoLinks)
            .Where(f => !Path.GetRelativePath(root, f).Split('/').Any(part =>
                part.StartsWith('.') || part is "__pycache__" or "__MACOSX" or "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    /// <summary>Symbolic links are skipped: they could make the grader read host files as the student's source.</summary>
    public static readonly EnumerationOptions NoLinks = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
        IgnoreInaccessible = true,
    };

    public static string CreateTemporary()
    {
        var folder = Path.Combine(Path.GetTempPath(), "grader-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static (string Root, string Name, string? Temporary, List<FileIssue> Issues) StageFile(string full, string path, string temporary)
    {
        var name = SubmissionName.Of(full, isFolder: false);
        if (!full.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            File.Copy(full, Path.Combine(temporary, Path.GetFileName(full)));
            return (temporary, name, temporary, []);
        }

        var issues = ZipUnpacker.Extract(full, temporary, path);
        var entries = Directory.GetFileSystemEntries(temporary);
        var root = entries.Length == 1 && Directory.Exists(entries[0]) ? entries[0] : temporary;
        return (root, name, temporary, issues);
    }

    /// <summary>A private copy of the folder's regular files (no links, no special files), as large as a zip may unpack to.</summary>
    private static string CopyRegular(string folder, FolderWalk walk, string displayPath)
    {
        var copy = CreateTemporary();
        try
        {
            foreach (var directory in walk.Folders)
            {
                Directory.CreateDirectory(Path.Combine(copy, Path.GetRelativePath(folder, directory)));
            }

            long total = 0;
            foreach (var file in walk.Files)
            {
                total += new FileInfo(file).Length;
                if (total > MaxUnpackedBytes)
                {
                    throw RunnerException.CopyTooLarge(displayPath, MaxUnpackedBytes);
                }

                File.Copy(file, Path.Combine(copy, Path.GetRelativePath(folder, file)));
            }

            return copy;
        }
        catch
        {
            Directory.Delete(copy, recursive: true);
            throw;
        }
    }
}
