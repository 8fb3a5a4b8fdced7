using Grader.Specs.Generators;
using Grader.Specs.Yaml;
using Grader.Values;

namespace Grader.Specs;

public static partial class SpecLoader
{
    private static List<CaseSpec> ReadCases(YamlNode node, IReadOnlyList<InputSpec> inputs, IReadOnlyList<OutputSpec> outputs)
    {
        var cases = new List<CaseSpec>();
        foreach (var item in MappingReader.AsSequence(node, "'cases'").Items)
        {
            var reader = MappingReader.Of(item, "a case", "name", "hidden", "inputs", "approved");
            var name = reader.RequireString("name", "name: public");
            if (cases.Any(c => c.Name == name))
            {
                throw SpecError.BadValue(reader.Require("name", string.Empty), $"a second case named '{name}'", "give each case its own name");
            }

            var hidden = reader.OptionalString("hidden") is { } flag && flag is "true" or "yes";
            var values = ReadCaseInputs(reader.Require("inputs", "inputs: {X: [[0.6, -1.0]], ...}"), inputs, name);
            var approved = new Dictionary<string, Value>();
            var approvedLocations = new Dictionary<string, SourceLocation>();
            if (reader.Optional("approved") is { } approvedNode)
            {
                var approvedReader = MappingReader.Of(approvedNode, $"the approved outputs of case '{name}'", [.. outputs.Select(o => o.Name)]);
                foreach (var (key, value) in approvedReader.Mapping.Entries)
                {
                    // A list of arrays of different shapes (nielsen-backprop's nabla_w) is read as a list;
                    // a regular one as an array, which the reference check splits if it must.
                    approved[key.Value] = IsListOfRagged(value)
                        ? ReadList(value, $"approved '{key.Value}'")
                        : ReadTensor(value, $"approved '{key.Value}'", isInteger: false);
                    approvedLocations[key.Value] = key.Location;
                }
            }

            cases.Add(new CaseSpec(name, hidden, values, approved, approvedLocations, reader.Mapping.Location));
        }

        return cases.Count > 0 ? cases : throw SpecError.BadValue(node, "a problem needs at least its public case under 'cases'");
    }

    private static Dictionary<string, Value> ReadCaseInputs(YamlNode node, IReadOnlyList<InputSpec> inputs, string caseName)
    {
        var reader = MappingReader.Of(node, $"the inputs of case '{caseName}'", [.. inputs.Select(i => i.Name)]);
        var values = new Dictionary<string, Value>();
        foreach (var input in inputs)
        {
            var valueNode = reader.Require(input.Name, $"{input.Name}: <{input.DescribeShape()}>");
            values[input.Name] = input.Kind == InputKind.FloatList
                ? ReadList(valueNode, $"input '{input.Name}'")
                : ReadTensor(valueNode, $"input '{input.Name}'", input.Kind == InputKind.Int);
        }

        try
        {
            DimBinder.Bind(inputs, values);
        }
        catch (DimMismatchException e)
        {
            throw SpecError.BadValue(reader.Mapping[e.InputName]!, e.Message, "the sizes of the inputs must agree with their declared shapes");
        }

        return values;
    }

    private static bool IsListOfRagged(YamlNode node) =>
        node is YamlSequence { Items.Count: > 1 } sequence
        && sequence.Items.All(i => i is YamlSequence)
        && sequence.Items.Select(i => ((YamlSequence)i).Items.Count).Distinct().Count() > 1;

    private static TensorList ReadList(YamlNode node, string what)
    {
        var sequence = MappingReader.AsSequence(node, what);
        return new TensorList([.. sequence.Items.Select((item, k) => ReadTensor(item, $"{what}[{k}]", isInteger: false))]);
    }

    internal static Tensor ReadTensor(YamlNode node, string what, bool isInteger)
    {
        var shape = new List<int>();
        for (var probe = node; probe is YamlSequence sequence; probe = sequence.Items.Count > 0 ? sequence.Items[0] : null!)
        {
            shape.Add(sequence.Items.Count);
            if (sequence.Items.Count == 0)
            {
                break;
            }
        }

        var data = new List<double>();
        Collect(node, shape, 0, data, what);
        if (isInteger && data.Any(x => Math.Abs(x % 1) != 0))
        {
            throw SpecError.BadValue(node, $"{what} must hold whole numbers (it is declared int)");
        }

        return new Tensor([.. shape], [.. data], isInteger);
    }

    private static void Collect(YamlNode node, List<int> shape, int axis, List<double> data, string what)
    {
        if (axis == shape.Count)
        {
            data.Add(MappingReader.AsNumber(node, $"an entry of {what}"));
            return;
        }

        if (node is not YamlSequence sequence || sequence.Items.Count != shape[axis])
        {
            throw SpecError.BadValue(node, $"{what} is ragged: every row must have {shape[axis]} entries, like the first", "check the brackets of this row");
        }

        foreach (var item in sequence.Items)
        {
            Collect(item, shape, axis + 1, data, what);
        }
    }
}
