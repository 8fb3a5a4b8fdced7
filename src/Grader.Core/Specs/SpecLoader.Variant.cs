using Grader.Specs.Yaml;

namespace Grader.Specs;

public static partial class SpecLoader
{
    private static VariantSpec ReadVariant(YamlNode? node, IReadOnlyList<InputSpec> inputs)
    {
        switch (node)
        {
            case null:
                return VariantSpec.Default;
            case YamlScalar { Value: "none" }:
                return VariantSpec.None;
            case YamlScalar scalar:
                throw SpecError.BadValue(scalar, "variant is none or a mapping of dims, values, keep, decimals and margin", "e.g. variant: {keep: [lr], decimals: 1}");
        }

        var reader = MappingReader.Of(node, "'variant'", "dims", "values", "keep", "decimals", "margin");
        var keep = new List<string>();
        if (reader.Optional("keep") is { } keepNode)
        {
            foreach (var item in MappingReader.AsSequence(keepNode, "variant.keep").Items)
            {
                var name = reader.AsString(item, "keep");
                if (inputs.All(i => i.Name != name))
                {
                    throw SpecError.BadValue(item, $"variant.keep names '{name}', which is no input", $"the inputs are {string.Join(", ", inputs.Select(i => i.Name))}");
                }

                keep.Add(name);
            }
        }

        var decimals = reader.OptionalInt("decimals") ?? VariantSpec.DefaultDecimals;
        if (decimals is < 0 or > 12)
        {
            throw SpecError.BadValue(reader.Require("decimals", string.Empty), "variant.decimals must be between 0 and 12");
        }

        return new VariantSpec(
            true,
            reader.Optional("dims") is { } dims ? ReadDims(dims, "variant.dims") : [],
            reader.Optional("values") is { } values ? ReadValues(values, inputs, "variant.values", allowDefault: true) : new Dictionary<string, ValueSpec>(),
            keep,
            decimals,
            reader.Optional("margin") is { } margin ? ReadMargin(margin) : null,
            reader.Mapping.Location);
    }
}
