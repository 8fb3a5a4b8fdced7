using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Values;

namespace Grader.Running.Protocol;

/// <summary>
/// An array as its little-endian 8-byte values in base64: <c>{"shape": [N, K], "f8": "…"}</c>
/// (float64) or <c>"i8"</c> (int64). The Python worker's arrays travel this way in both directions,
/// so no number is printed as text and parsed again (which cost more than the student code), and
/// NaN and infinities need no spelling. Nested lists remain accepted wherever a packed array is.
/// </summary>
internal static class PackedArray
{
    private const string Floats = "f8";
    private const string Integers = "i8";

    public static JsonObject Encode(Tensor tensor)
    {
        var bytes = new byte[tensor.Count * sizeof(double)];
        var span = tensor.Span;
        for (var i = 0; i < span.Length; i++)
        {
            var slot = bytes.AsSpan(i * sizeof(double));
            if (tensor.IsInteger)
            {
                BinaryPrimitives.WriteInt64LittleEndian(slot, (long)span[i]);
            }
            else
            {
                BinaryPrimitives.WriteDoubleLittleEndian(slot, span[i]);
            }
        }

        return new JsonObject
        {
            ["kind"] = tensor.IsInteger ? "int" : "float",
            ["shape"] = new JsonArray([.. tensor.Shape.Select(d => (JsonNode)d)]),
            [tensor.IsInteger ? Integers : Floats] = Convert.ToBase64String(bytes),
        };
    }

    public static bool IsPacked(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && (element.TryGetProperty(Floats, out _) || element.TryGetProperty(Integers, out _));

    /// <exception cref="FormatException">a shape that does not match the bytes, or bytes that are not base64.</exception>
    public static Tensor Read(JsonElement element)
    {
        var isInteger = element.TryGetProperty(Integers, out var packed);
        if (!isInteger && !element.TryGetProperty(Floats, out packed))
        {
            throw new FormatException("expected a packed array");
        }

        if (!element.TryGetProperty("shape", out var shapeElement) || shapeElement.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("a packed array without a shape");
        }

        var shape = shapeElement.EnumerateArray().Select(d => d.TryGetInt32(out var n) && n >= 0 ? n : throw new FormatException("a packed array with a bad shape")).ToArray();
        var bytes = packed.ValueKind == JsonValueKind.String && packed.TryGetBytesFromBase64(out var decoded)
            ? decoded
            : throw new FormatException("a packed array whose values are not base64");
        var count = shape.Contains(0) ? 0 : shape.Aggregate(1L, (size, d) => size <= bytes.Length ? size * d : size);
        if (count * sizeof(double) != bytes.Length)
        {
            throw new FormatException($"a packed array of shape {Tensor.FormatShape(shape)} does not match its {bytes.Length} bytes");
        }

        var data = new double[count];
        for (var i = 0; i < data.Length; i++)
        {
            var slot = bytes.AsSpan(i * sizeof(double));
            data[i] = isInteger ? BinaryPrimitives.ReadInt64LittleEndian(slot) : BinaryPrimitives.ReadDoubleLittleEndian(slot);
        }

        return new Tensor(shape, data, isInteger);
    }
}
