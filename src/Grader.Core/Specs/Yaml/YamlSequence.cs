namespace Grader.Specs.Yaml;

internal sealed class YamlSequence(SpecFile file, int line, int column, IReadOnlyList<YamlNode> items)
    : YamlNode(file, line, column)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string Describe() => "a list";
}
