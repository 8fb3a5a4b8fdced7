namespace Grader.Cli;

/// <summary>Writes a file so that readers (and a rerun after a crash) see either the old or the whole new content.</summary>
internal static class AtomicFile
{
    public static void Write(string path, string text)
    {
        var temporary = path + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
