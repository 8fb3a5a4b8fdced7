using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Values;

namespace Grader.Running.Protocol;

/// <summary>
/// Arguments of a call as JSON: <c>{"kind": "float"|"int", "shape": [...], "data": nested}</c> or
/// <c>{"kind": "list", "items": [...]}</c>; NaN and infinities as "nan", "inf", "-inf". With
/// <c>packed</c>, arrays (not scalars) are sent as <see cref="PackedArray"/> instead of nested data.
/// </summary>
internal static class ArgumentEncoder
{
    public static JsonArray Encode(IReadOnlyList<Value> arguments, bool packed = false) => new([.. arguments.Select(a => Encode(a, packed))]);

    public static JsonNode Encode(Value value, bool packed = false) => value switch
    {
        Tensor { IsScalar: false } tensor when packed => PackedArray.Encode(tensor),
        Tensor tensor => new JsonObject
        {
            ["kind"] = tensor.IsInteger ? "int" : "float",
            ["shape"] = new JsonArray([.. tensor.Shape.Select(d => (JsonNode)d)]),
            ["data"] = Data(tensor),
        },
        TensorList list => new JsonObject
        {
            ["kind"] = "list",
            ["items"] = new JsonArray([.. list.Items.Select(item => Encode(item, packed))]),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static JsonNode? Data(Tensor tensor)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ValueJson.Write(writer, tensor);
        }

        return JsonNode.Parse(buffer.ToArray());
    }
}
