namespace Grader.Specs.Yaml;

/// <summary>
/// A node of a YAML document that remembers where it stands in its file. We build our own small
/// tree (rather than YamlDotNet's representation model) to keep every position, to report
/// duplicate keys with both places, and to map block scalars back to file lines.
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(SpecFile file, int line, int column)
    {
        File = file;
        Line = line;
        Column = column;
    }

    public SpecFile File { get; }

    public int Line { get; }

    public int Column { get; }

    public SourceLocation Location => new(File.Path, Line, Column);

    /// <summary>"a mapping", "a list", "the text 'abc'": what a user would call this node.</summary>
    public abstract string Describe();
}
