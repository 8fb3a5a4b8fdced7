using Grader.Submissions;

namespace Grader.Running.Sandboxing;

/// <summary>
/// The sandbox may run as nobody, which cannot read a folder under, say, <c>/root</c>. Such a
/// folder is copied into a world-readable temporary folder (files over 64 MiB are left out).
/// </summary>
internal static class ReadableCopy
{
    private const long MaxFileBytes = 64L << 20;

    /// <returns>The folder to bind and, when a copy was made, the copy to delete afterwards.</returns>
    public static (string Folder, string? Copy) Ensure(string folder, bool needed)
    {
        if (!needed || OperatingSystem.IsWindows() || IsWorldReadable(folder))
        {
            return (folder, null);
        }

        var copy = Copy(folder);
        return (copy, copy);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string Copy(string folder)
    {
        var copy = SubmissionFolder.CreateTemporary();
        File.SetUnixFileMode(copy, (UnixFileMode)0b111_101_101);
        foreach (var directory in Directory.EnumerateDirectories(folder, "*", SubmissionFolder.NoLinks))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(folder, directory));
            Directory.CreateDirectory(target);
            File.SetUnixFileMode(target, (UnixFileMode)0b111_101_101);
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SubmissionFolder.NoLinks))
        {
            // A name that is not valid UTF-8 cannot be opened again (Submission reported it).
            var info = new FileInfo(file);
            if (info.Exists && info.Length <= MaxFileBytes && UnixFileType.Of(file) == FileKind.Regular)
            {
                var target = Path.Combine(copy, Path.GetRelativePath(folder, file));
                File.Copy(file, target);
                File.SetUnixFileMode(target, (UnixFileMode)0b110_100_100);
            }
        }

        return copy;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool IsWorldReadable(string folder)
    {
        const UnixFileMode Traverse = UnixFileMode.OtherExecute;
        for (var dir = Path.GetDirectoryName(folder); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if ((File.GetUnixFileMode(dir) & Traverse) == 0)
            {
                return false;
            }
        }

        return Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Prepend(folder).All(path =>
            (File.GetUnixFileMode(path) & (Directory.Exists(path) ? UnixFileMode.OtherRead | Traverse : UnixFileMode.OtherRead))
                == (Directory.Exists(path) ? UnixFileMode.OtherRead | Traverse : UnixFileMode.OtherRead));
    }
}
