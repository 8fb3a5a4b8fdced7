using Grader.Specs.Yaml;

namespace Grader.Specs;

public static partial class SpecLoader
{
    /// <summary>The values of <c>notation.vectors</c>, as written in a spec.</summary>
    internal static readonly IReadOnlyDictionary<string, Orientation> VectorSpellings = new Dictionary<string, Orientation>(StringComparer.Ordinal)
    {
        ["columns"] = Orientation.Column,
        ["rows"] = Orientation.Row,
        ["entries"] = Orientation.Entries,
    };

    /// <summary>
    /// <c>notation: {vectors: columns, symbols: {W^{(1)}: W1, \psi: softmax}}</c>. Only the structure is
    /// checked here: whether a spelling is LaTeX and a meaning model language is the formula reader's
    /// to say, with the place each keeps.
    /// </summary>
    private static NotationSpec ReadNotation(YamlNode node, IReadOnlyList<OutputSpec> outputSpecs)
    {
        var reader = MappingReader.Of(node, "'notation'", "vectors", "symbols", "layers", "outputs");
        var vectors = Orientation.Column;
        if (reader.Optional("vectors") is { } vectorsNode)
        {
            var written = reader.AsString(vectorsNode, "vectors");
            vectors = VectorSpellings.TryGetValue(written, out var orientation)
                ? orientation
                : throw SpecError.NotationVectors(vectorsNode, written, VectorSpellings.Keys);
        }

        var symbols = new List<(SourceText, SourceText)>();
        if (reader.Optional("symbols") is { } symbolsNode)
        {
            foreach (var (spelling, meaning) in MappingReader.AsMapping(symbolsNode, "'notation.symbols'").Entries)
            {
                if (meaning is not YamlScalar scalar || scalar.IsNull)
                {
                    throw SpecError.NotationMeaning(meaning, spelling.Value);
                }

                symbols.Add((spelling.ToSourceText(), scalar.ToSourceText()));
            }
        }

        var outputs = new List<(SourceText, string)>();
        if (reader.Optional("outputs") is { } outputsNode)
        {
            foreach (var (spelling, output) in MappingReader.AsMapping(outputsNode, "'notation.outputs'").Entries)
            {
                var name = reader.AsString(output, "notation.outputs");
                outputs.Add(outputSpecs.Any(o => o.Name == name)
                    ? (spelling.ToSourceText(), name)
                    : throw SpecError.NotationOutput(output, name, outputSpecs.Select(o => o.Name)));
            }
        }

        return new NotationSpec(vectors, symbols, reader.Mapping.Location)
        {
            Layers = reader.Optional("layers") is { } layers ? ReadLayers(layers) : null,
            Outputs = outputs,
        };
    }

    /// <summary><c>layers: {count: len(weights), define: {\delta: biases}}</c>.</summary>
    private static LayersSpec ReadLayers(YamlNode node)
    {
        var reader = MappingReader.Of(node, "'notation.layers'", "count", "define");
        var count = reader.Require("count", "count: len(weights)");
        if (count is not YamlScalar countScalar || countScalar.IsNull)
        {
            throw SpecError.NotationMeaning(count, "count");
        }

        var definitions = new List<(SourceText, SourceText)>();
        if (reader.Optional("define") is { } define)
        {
            foreach (var (spelling, shapedLike) in MappingReader.AsMapping(define, "'notation.layers.define'").Entries)
            {
                if (shapedLike is not YamlScalar scalar || scalar.IsNull)
                {
                    throw SpecError.NotationMeaning(shapedLike, spelling.Value);
                }

                definitions.Add((spelling.ToSourceText(), scalar.ToSourceText()));
            }
        }

        return new LayersSpec(countScalar.ToSourceText(), definitions);
    }
}
