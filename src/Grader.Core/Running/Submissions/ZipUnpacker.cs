using System.IO.Compression;

namespace Grader.Running;

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
            throw RunnerException.ZipUnreadable(displayPath, e.Message);
        }

        using (archive)
        {
            if (archive.Entries.Count > SubmissionFolder.MaxFiles)
            {
                throw RunnerException.TooManyFiles(displayPath, archive.Entries.Count, SubmissionFolder.MaxFiles);
            }

            var root = Path.GetFullPath(destination) + Path.DirectorySeparatorChar;
            long written = 0;
            foreach (var entry in archive.Entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                if (((entry.ExternalAttributes >> 16) & 0xF000) == SymbolicLinkMode)
                {
                    issues.Add(new FileIssue(name, 0, 0, "a symbolic link in the zip; links are not unpacked"));
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(root, name.TrimStart('/')));
                if (Path.IsPathRooted(name) || name.Split('/').Contains("..") || !target.StartsWith(root, StringComparison.Ordinal))
                {
                    issues.Add(new FileIssue(name, 0, 0, "a zip entry that points outside the submission (an absolute path or '..'); not unpacked"));
                    continue;
                }

                if (name.EndsWith('/'))
                {
                    Directory.CreateDirectory(target);
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                written += Copy(entry, target, SubmissionFolder.MaxUnpackedBytes - written, displayPath);
            }
        }

        return issues;
    }

    /// <summary>Copies one entry, counting the bytes really produced (headers can lie about sizes).</summary>
    private static long Copy(ZipArchiveEntry entry, string target, long budget, string displayPath)
    {
        using var input = entry.Open();
        using var output = File.Create(target);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > budget)
            {
                throw RunnerException.ZipTooLarge(displayPath, SubmissionFolder.MaxUnpackedBytes);
            }

            output.Write(buffer, 0, read);
        }

        return total;
    }
}
