using Grader.Specs.Generators;
using Grader.Specs.Yaml;
using Grader.Values;

namespace Grader.Specs;

public static partial class SpecLoader
{
    private static HiddenSpec ReadHidden(YamlNode node, IReadOnlyList<InputSpec> inputs)
    {
        var reader = MappingReader.Of(node, "'hidden'", "count", "seed", "dims", "values", "margin", "special");
        var count = reader.OptionalInt("count") ?? 10;
        if (count < 0 || count > 1000)
        {
            throw SpecError.BadValue(reader.Require("count", string.Empty), "hidden.count must be between 0 and 1000");
        }

        var dims = reader.Optional("dims") is { } dimsNode ? ReadDims(dimsNode, "hidden.dims") : [];
        var values = reader.Optional("values") is { } valuesNode ? ReadValues(valuesNode, inputs, "hidden.values", allowDefault: true) : [];
        var specials = new List<SpecialCasesSpec>();
        if (reader.Optional("special") is { } specialNode)
        {
            foreach (var item in MappingReader.AsSequence(specialNode, "hidden.special").Items)
            {
                var special = MappingReader.Of(item, "a special case group", "name", "count", "dims", "values", "margin");
                var name = special.RequireString("name", "name: large-logits");
                specials.Add(new SpecialCasesSpec(
                    name,
                    special.OptionalInt("count") ?? 1,
                    special.Optional("dims") is { } d ? ReadDims(d, $"dims of special '{name}'") : [],
                    special.Optional("values") is { } v ? ReadValues(v, inputs, $"values of special '{name}'", allowDefault: true) : [],
                    special.Optional("margin") is { } m ? ReadMargin(m) : null,
                    special.Mapping.Location));
            }
        }

        return new HiddenSpec(
            count,
            reader.OptionalInt("seed") ?? 1,
            dims,
            values,
            reader.Optional("margin") is { } margin ? ReadMargin(margin) : 1e-3,
            specials,
            reader.Mapping.Location);
    }

    private static double ReadMargin(YamlNode node) =>
        node is YamlScalar { Value: "none" } ? 0 : Math.Max(0, MappingReader.AsNumber(node, "a margin (a number, or none)"));

    private static List<DimSpec> ReadDims(YamlNode node, string where)
    {
        var dims = new List<DimSpec>();
        foreach (var (key, value) in MappingReader.AsMapping(node, where).Entries)
        {
            switch (value)
            {
                case YamlSequence { Items: [YamlScalar low, YamlScalar high] }:
                    dims.Add(new DimSpec(key.Value, DimExpression.Parse(low.ToSourceText()), DimExpression.Parse(high.ToSourceText()), null, key.Location));
                    break;
                case YamlScalar fixedSize when !fixedSize.IsNull:
                    var size = DimExpression.Parse(fixedSize.ToSourceText());
                    dims.Add(new DimSpec(key.Value, size, size, null, key.Location));
                    break;
                case YamlMapping:
                    var reader = MappingReader.Of(value, $"dimension '{key.Value}'", "list", "range");
                    var length = (YamlScalar)reader.Require("list", "list: L + 1");
                    var range = MappingReader.AsSequence(reader.Require("range", "range: [1, 8]"), $"the range of '{key.Value}'");
                    if (range.Items is not [YamlScalar from, YamlScalar to])
                    {
                        throw SpecError.BadValue(range, "a range is [low, high], both included");
                    }

                    dims.Add(new DimSpec(key.Value, DimExpression.Parse(from.ToSourceText()), DimExpression.Parse(to.ToSourceText()), DimExpression.Parse(length.ToSourceText()), key.Location));
                    break;
                default:
                    throw SpecError.BadValue(value, $"dimension '{key.Value}' must be [low, high], a size, or {{list: L + 1, range: [1, 8]}}", "e.g. N: [3, 40]");
            }
        }

        return dims;
    }

    private static Dictionary<string, ValueSpec> ReadValues(YamlNode node, IReadOnlyList<InputSpec> inputs, string where, bool allowDefault)
    {
        var names = inputs.Select(i => i.Name).ToList();
        if (allowDefault)
        {
            names.Add("default");
        }

        var reader = MappingReader.Of(node, where, [.. names]);
        var values = new Dictionary<string, ValueSpec>();
        foreach (var (key, value) in reader.Mapping.Entries)
        {
            values[key.Value] = value switch
            {
                YamlScalar scalar => new ValueSpec(Distribution.Parse(scalar.ToSourceText()), 0, key.Location),
                YamlMapping => ReadValueSpec(value, key),
                _ => throw SpecError.BadValue(value, $"the values of '{key.Value}' must be a distribution such as normal(0, 1)", "or a mapping with dist: normal(0, 4) and zeros: 0.2 on separate lines"),
            };
        }

        return values;
    }

    private static ValueSpec ReadValueSpec(YamlNode node, YamlScalar key)
    {
        var reader = MappingReader.Of(node, $"the values of '{key.Value}'", "dist", "zeros");
        var dist = (YamlScalar)reader.Require("dist", "dist: normal(0, 1)");
        var zeros = reader.OptionalNumber("zeros") ?? 0;
        if (zeros is < 0 or > 1)
        {
            throw SpecError.BadValue(reader.Require("zeros", string.Empty), "zeros is the share of entries set exactly to 0, between 0 and 1");
        }

        return new ValueSpec(Distribution.Parse(dist.ToSourceText()), zeros, key.Location);
    }
}
