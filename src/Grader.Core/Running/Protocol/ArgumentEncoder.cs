using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Values;

namespace Grader.Running;

/// <summary>
/// Arguments of a call as JSON: <c>{"kind": "float"|"int", "shape": [...], "data": nested}</c> or
/// <c>{"kind": "list", "items": [...]}</c>; NaN and infinities as "nan", "inf", "-inf".
/// </summary>
internal static class ArgumentEncoder
{
    public static JsonArray Encode(IReadOnlyList<Value> arguments) => new([.. arguments.Select(Encode)]);

    public static JsonNode Encode(Value value) => value switch
    {
        Tensor tensor => new JsonObject
        {
            ["kind"] = tensor.IsInteger ? "int" : "float",
            ["shape"] = new JsonArray([.. tensor.Shape.Select(d => (JsonNode)d)]),
            ["data"] = Data(tensor),
        },
        TensorList list => new JsonObject
        {
            ["kind"] = "list",
            ["items"] = new JsonArray([.. list.Items.Select(Encode)]),
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
