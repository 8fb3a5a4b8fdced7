using System.IO.Compression;

namespace Grader.Running;

/// <summary>
/// Puts a submission given as a folder, a <c>.zip</c> or a single file into a folder to read and to
/// bind into the sandbox. Zips and single files are unpacked into a private temporary folder.
/// </summary>
internal static class SubmissionFolder
{
    public const long MaxUnpackedBytes = 200L << 20;

    public static (string Root, string Name, string? Temporary) Stage(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return (full.TrimEnd('/'), Path.GetFileName(full.TrimEnd('/')), null);
        }

        if (!File.Exists(full))
        {
            throw RunnerException.SubmissionMissing(path);
        }

        var temporary = CreateTemporary();
        var name = Path.GetFileNameWithoutExtension(full);
        if (full.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var archive = ZipFile.OpenRead(full);
            if (archive.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                Directory.Delete(temporary, recursive: true);
                throw RunnerException.ZipTooLarge(path, MaxUnpackedBytes);
            }

            archive.ExtractToDirectory(temporary);
            var entries = Directory.GetFileSystemEntries(temporary);
            var root = entries.Length == 1 && Directory.Exists(entries[0]) ? entries[0] : temporary;
            return (root, name, temporary);
        }

        File.Copy(full, Path.Combine(temporary, Path.GetFileName(full)));
        return (temporary, name, temporary);
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

    public static string CreateTemporary()
    {
        var folder = Path.Combine(Path.GetTempPath(), "grader-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
