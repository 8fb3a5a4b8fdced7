namespace Grader.Specs;

/// <summary>A spec file's path (as shown in messages) and its lines (to quote them).</summary>
public sealed class SpecFile
{
    public SpecFile(string path, string text)
    {
        Path = path;
        Text = text;
        Lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }

    public string Path { get; }

    public string Text { get; }

    public IReadOnlyList<string> Lines { get; }

    public string? LineText(int line) => line >= 1 && line <= Lines.Count ? Lines[line - 1] : null;
}
