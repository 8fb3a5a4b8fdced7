using Grader.Values;
using YamlDotNet.RepresentationModel;

namespace Grader.Core.Tests.Grading;

/// <summary>
/// <c>submissions/examples/expected.yaml</c>: what each example submission was written to show,
/// as a verdict per problem: passed, missing, or the diagnosis id the report must name.
/// </summary>
internal static class ExampleManifest
{
    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> Entries = new(Read);

    public static IReadOnlyDictionary<string, Dictionary<string, string>> Examples => Entries.Value;

    public static IEnumerable<string> Names() => Entries.Value.Keys.Order(StringComparer.Ordinal);

    private static Dictionary<string, Dictionary<string, string>> Read()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.Examples, "expected.yaml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return root.Children.ToDictionary(
            e => ((YamlScalarNode)e.Key).Value!,
            e => ((YamlMappingNode)((YamlMappingNode)e.Value).Children[new YamlScalarNode("problems")]).Children
                .ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!));
    }
}
