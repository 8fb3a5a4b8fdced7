using System.Globalization;
using System.Text;
namespace Grader.Class.Outputs;

/// <summary>Writes a file so that readers (and a rerun after a crash) see either the old or the whole new content.</summary>
internal static class AtomicFile
{
    /// <summary>What a temporary file's name holds between the target's name and the writer's process id; no submission's folder holds it.</summary>
    public const string TemporaryMarker = OutputFolders.TemporaryMarker;

    public static void Write(string path, string text) => Write(path, writer => writer.Write(text));

    /// <summary>Streams the content to a temporary file beside <paramref name="path"/>, flushes it to disk, then renames it over.</summary>
    /// <exception cref="OutputWriteException">the file could not be written (a full disk, a folder in the way); nothing half-written is left.</exception>
    /// <param name="byteOrderMark">Starts the file with UTF-8's byte order mark (for spreadsheets).</param>
    public static void Write(string path, Action<TextWriter> write, bool byteOrderMark = false)
    {
        var temporary = path + TemporaryMarker + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Environment.CurrentManagedThreadId.ToString(CultureInfo.InvariantCulture);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                using (var writer = new StreamWriter(stream, new UTF8Encoding(byteOrderMark), 1 << 16, leaveOpen: true))
                {
                    write(writer);
                }

                // A rename can reach the disk before the data does; flushing first keeps a crash from leaving an empty file.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new OutputWriteException(path, e);
        }
    }

    /// <summary>Deletes temporary files a killed writer left in <paramref name="folder"/> and the folders directly in it.</summary>
    public static int RemoveLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var pattern = "*" + TemporaryMarker + "*";
        var leftovers = Directory.EnumerateFiles(folder, pattern)
            .Concat(Directory.EnumerateDirectories(folder).SelectMany(d => Directory.EnumerateFiles(d, pattern)))
            .ToList();
        leftovers.ForEach(File.Delete);
        return leftovers.Count;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next run's RemoveLeftovers deletes it.
        }
    }
}
