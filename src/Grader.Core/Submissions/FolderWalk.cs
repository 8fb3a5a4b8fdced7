
namespace Grader.Submissions;

/// <summary>
/// Every entry of a submission folder, classified without following links or opening anything:
/// regular files and folders are kept; links, FIFOs, sockets, devices and names that are not valid
/// UTF-8 become file issues. At most <see cref="SubmissionFolder.MaxFiles"/> entries are looked at.
/// </summary>
internal sealed record FolderWalk(IReadOnlyList<string> Folders, IReadOnlyList<string> Files, IReadOnlyList<FileIssue> Issues)
{
    public bool HoldsSpecialFiles { get; private init; }

    /// <exception cref="SubmissionException">the folder holds more entries than a submission may.</exception>
    public static FolderWalk Of(string root, string displayPath)
    {
        var folders = new List<string>();
        var files = new List<string>();
        var issues = new List<FileIssue>();
        var special = false;
        var count = 0;
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            // By hand: a recursive enumeration would descend into a linked folder (say, /usr).
            foreach (var entry in Directory.EnumerateFileSystemEntries(pending.Pop(), "*", new EnumerationOptions { IgnoreInaccessible = true }))
            {
                if (++count > SubmissionFolder.MaxFiles)
                {
                    throw SubmissionException.TooManyFiles(displayPath, count, SubmissionFolder.MaxFiles);
                }

                var relative = Path.GetRelativePath(root, entry);
                var kind = UnixFileType.Of(entry);
                switch (kind)
                {
                    case FileKind.Directory:
                        folders.Add(entry);
                        pending.Push(entry);
                        break;
                    case FileKind.Regular:
                        files.Add(entry);
                        break;
                    case FileKind.SymbolicLink:
                        issues.Add(FileIssue.SymbolicLink(relative));
                        break;
                    case FileKind.Missing:
                        // Linux allows any bytes in names; .NET sees invalid UTF-8 as U+FFFD and cannot open the file again.
                        issues.Add(FileIssue.NameNotUtf8(relative));
                        break;
                    default:
                        special = true;
                        issues.Add(FileIssue.Special(relative, kind));
                        break;
                }
            }
        }

        return new FolderWalk(folders, files, [.. issues.OrderBy(i => i.File, StringComparer.Ordinal)]) { HoldsSpecialFiles = special };
    }
}
