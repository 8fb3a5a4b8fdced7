using Grader.Specs.Generators;
using Grader.Specs.Yaml;
using Grader.Values;

namespace Grader.Specs;

public static partial class SpecLoader
{
    private static readonly string[] InputTypes = ["float", "int", "list"];

    private static List<InputSpec> ReadInputs(YamlNode node)
    {
        var mapping = MappingReader.AsMapping(node, "'inputs'");
        var inputs = new List<InputSpec>();
        foreach (var (key, value) in mapping.Entries)
        {
            inputs.Add(ReadInput(key, value));
        }

        return inputs.Count > 0 ? inputs : throw SpecError.BadValue(node, "a problem needs at least one input");
    }

    private static InputSpec ReadInput(YamlScalar key, YamlNode node)
    {
        var where = $"input '{key.Value}'";
        switch (node)
        {
            case YamlScalar { Value: "scalar" }:
                return new InputSpec(key.Value, InputKind.Float, [], null, key.Location);
            case YamlScalar { Value: "int" }:
                return new InputSpec(key.Value, InputKind.Int, [], null, key.Location);
            case YamlSequence sequence:
                return new InputSpec(key.Value, InputKind.Float, ReadShape(sequence, where), null, key.Location);
            case YamlMapping:
                var reader = MappingReader.Of(node, where, "shape", "type", "length");
                var type = reader.OptionalString("type") ?? "float";
                var kind = type switch
                {
                    "float" => InputKind.Float,
                    "int" => InputKind.Int,
                    "list" => InputKind.FloatList,
                    _ => throw SpecError.BadValue(reader.Require("type", string.Empty), $"unknown type '{type}'{Suggestions.DidYouMean(type, InputTypes)}", "type is float (default), int or list"),
                };
                var shape = reader.Optional("shape") is { } shapeNode
                    ? ReadShape(MappingReader.AsSequence(shapeNode, $"the shape of {where}"), where)
                    : [];
                string? length = null;
                if (kind == InputKind.FloatList)
                {
                    var lengthNode = reader.Require("length", "length: L");
                    length = reader.AsString(lengthNode, "length");
                    DimExpression.Parse(((YamlScalar)lengthNode).ToSourceText());
                }
                else if (reader.Optional("length") is { } stray)
                {
                    throw SpecError.BadValue(stray, "'length' is only for inputs of type list");
                }

                return new InputSpec(key.Value, kind, shape, length, key.Location);
            default:
                throw SpecError.BadValue(node, $"{where} must be a shape such as [N, 2], 'scalar', 'int', or a mapping with shape/type", "e.g. X: [N, 2]  or  y: {shape: [N], type: int}");
        }
    }

    private static List<string> ReadShape(YamlSequence sequence, string where)
    {
        var shape = new List<string>();
        foreach (var item in sequence.Items)
        {
            if (item is not YamlScalar scalar || scalar.IsNull)
            {
                throw SpecError.WrongType(item, "a size (a number or a dimension name)", $"the shape of {where}");
            }

            DimExpression.Parse(scalar.ToSourceText());
            shape.Add(scalar.Value.Replace(" ", string.Empty, StringComparison.Ordinal));
        }

        return shape;
    }

    /// <param name="shapeOnly">A training problem's outputs: a shape alone, the value being the student's (its expression is its name).</param>
    private static List<OutputSpec> ReadOutputs(YamlNode node, string where, bool shapeOnly = false)
    {
        var mapping = MappingReader.AsMapping(node, where);
        var outputs = new List<OutputSpec>();
        foreach (var (key, value) in mapping.Entries)
        {
            switch (value)
            {
                case YamlScalar scalar when !scalar.IsNull:
                    outputs.Add(new OutputSpec(key.Value, scalar.ToSourceText(), null, key.Location));
                    break;
                case YamlMapping:
                    var reader = MappingReader.Of(value, $"output '{key.Value}'", "value", "shape");
                    var shape = reader.Optional("shape") is { } shapeNode
                        ? ReadShape(MappingReader.AsSequence(shapeNode, $"the shape of output '{key.Value}'"), $"output '{key.Value}'")
                        : null;
                    if (shapeOnly && reader.Optional("value") is null)
                    {
                        outputs.Add(new OutputSpec(key.Value, key.ToSourceText(), shape ?? throw SpecError.BadValue(value, $"output '{key.Value}' needs a shape", "e.g. W: {shape: [64, 10]}"), key.Location));
                        break;
                    }

                    var expression = reader.Require("value", "value: grad(L, W1)");
                    outputs.Add(new OutputSpec(key.Value, AsText(expression, $"output '{key.Value}'"), shape, key.Location));
                    break;
                default:
                    throw SpecError.BadValue(value, $"output '{key.Value}' must be an expression such as grad(L, W1)", "or a mapping {value: ..., shape: [...]}");
            }
        }

        return outputs.Count > 0 ? outputs : throw SpecError.BadValue(node, "a problem needs at least one output");
    }
}
