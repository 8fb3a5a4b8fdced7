using System.IO.Compression;

namespace Grader.Submissions;

/// <summary>
/// Unpacks a submitted zip without trusting it: every entry must land inside the destination
/// (no <c>../</c>, no absolute paths), links are not created, the number of entries and the bytes
/// actually written are bounded whatever the headers claim (zip bombs). Entries that are skipped
/// are reported as file issues; the rest of the submission is still graded.
/// </summary>
internal static class ZipUnpacker
{
    private const int SymbolicLinkMode = 0xA000;

    public static List<FileIssue> Extract(string zipPath, string destination, string displayPath)
    {
        var issues = new List<FileIssue>();
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException e)
        {
            throw SubmissionException.ZipUnreadable(displayPath, e.Message);
        }

        using (archive)
        {
            if (archive.Entries.Count > SubmissionFolder.MaxFiles)
            {
                throw SubmissionException.TooManyFiles(displayPath, archive.Entries.Count, SubmissionFolder.MaxFiles);
            }

            var root = Path.GetFullPath(destination) + Path.DirectorySeparatorChar;
            long written = 0;
            foreach (var entry in archive.Entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                try
                {
                    if (Refusal(entry, name, root) is { } refused)
                    {
                        issues.Add(refused);
                        continue;
                    }

                    written += Unpack(entry, name, root, SubmissionFolder.MaxUnpackedBytes - written, displayPath);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
                {
                    // A name too long for the file system or holding a NUL, a corrupt entry: only that entry is lost.
                    issues.Add(FileIssue.ZipEntryUnwritable(name, e.Message.Replace(root, string.Empty, StringComparison.Ordinal)));
                }
            }
        }

        return issues;
    }

    /// <summary>Why an entry is not unpacked: a link, a path outside the submission, a name already taken by a file or a folder.</summary>
    private static FileIssue? Refusal(ZipArchiveEntry entry, string name, string root)
    {
        if (((entry.ExternalAttributes >> 16) & 0xF000) == SymbolicLinkMode)
        {
            return FileIssue.ZipEntryLink(name);
        }

        var target = Path.GetFullPath(Path.Combine(root, name.TrimStart('/')));
        if (Path.IsPathRooted(name) || name.Split('/').Contains("..") || !target.StartsWith(root, StringComparison.Ordinal))
        {
            return FileIssue.ZipEntryOutside(name);
        }

        // Entries "a" and "a/b.py": whichever comes second cannot be unpacked.
        var isFolder = name.EndsWith('/');
        if (isFolder ? File.Exists(target) : Directory.Exists(target))
        {
            return FileIssue.ZipEntryClash(name, Path.GetRelativePath(root, target.TrimEnd('/')));
        }

        for (var parent = Path.GetDirectoryName(target.TrimEnd('/')); parent is not null && parent.Length >= root.Length; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return FileIssue.ZipEntryClash(name, Path.GetRelativePath(root, parent));
            }
        }

        return null;
    }

    private static long Unpack(ZipArchiveEntry entry, string name, string root, long budget, string displayPath)
    {
        var target = Path.GetFullPath(Path.Combine(root, name.TrimStart('/')));
        if (name.EndsWith('/'))
        {
            Directory.CreateDirectory(target);
            return 0;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return Copy(entry, target, budget, displayPath);
    }

    /// <summary>Copies one entry, counting the bytes really produced (headers can lie about sizes).</summary>
    private static long Copy(ZipArchiveEntry entry, string target, long budget, string displayPath)
    {
        using var input = entry.Open();
        using var output = File.Create(target);
        try
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > budget)
                {
                    throw SubmissionException.ZipTooLarge(displayPath, SubmissionFolder.MaxUnpackedBytes);
                }

                output.Write(buffer, 0, read);
            }

            return total;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // A corrupt entry leaves no half-written file behind.
            output.Dispose();
            File.Delete(target);
            throw;
        }
    }
}
