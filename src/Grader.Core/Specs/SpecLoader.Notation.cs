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
    private static NotationSpec ReadNotation(YamlNode node)
    {
        var reader = MappingReader.Of(node, "'notation'", "vectors", "symbols");
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

        return new NotationSpec(vectors, symbols, reader.Mapping.Location);
    }
}
