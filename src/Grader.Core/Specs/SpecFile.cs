namespace Grader.Specs;

/// <summary>A spec file's path (as shown in messages) and its lines (to quote them).</summary>
public sealed class SpecFile
{
    /// <param name="path">The path shown in messages (often relative to the user's folder).</param>
    /// <param name="text">The file's contents.</param>
    /// <param name="fullPath">Where the file is on disk, for files written beside it; defaults to <paramref name="path"/>.</param>
    public SpecFile(string path, string text, string? fullPath = null)
    {
        Path = path;
        FullPath = fullPath ?? System.IO.Path.GetFullPath(path);
        Text = text;
        Lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }

    public string Path { get; }

    public string FullPath { get; }

    public string Text { get; }

    public IReadOnlyList<string> Lines { get; }

    public string? LineText(int line) => line >= 1 && line <= Lines.Count ? Lines[line - 1] : null;
}
