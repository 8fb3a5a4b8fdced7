using Grader.Values;

namespace Grader.Specs.Yaml;

internal sealed class YamlMapping(SpecFile file, int line, int column, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries)
    : YamlNode(file, line, column)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    public YamlScalar? KeyNode(string key) => Entries.FirstOrDefault(e => e.Key.Value == key).Key;

    public override string Describe() => "a mapping";
}
