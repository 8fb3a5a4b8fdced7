using System.Globalization;
using System.Text.Json;

namespace Grader.Values;

/// <summary>
/// Values as JSON: numbers, nested lists for arrays, a list of nested lists for a
/// <see cref="TensorList"/>. JSON has no NaN or infinities, so those are written as the strings
/// <c>"nan"</c>, <c>"inf"</c> and <c>"-inf"</c> and read back faithfully.
/// </summary>
public static class ValueJson
{
    public static void Write(Utf8JsonWriter writer, Value value)
    {
        switch (value)
        {
            case Tensor tensor:
                var position = 0;
                WriteTensor(writer, tensor, 0, ref position);
                break;
            case TensorList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value));
        }
    }

    /// <summary>Writes <c>"name": {"key": value, ...}</c>, keys in the dictionary's order.</summary>
    public static void WriteObject(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, Value> values)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in values)
        {
            writer.WritePropertyName(key);
            Write(writer, value);
        }

        writer.WriteEndObject();
    }

    public static void WriteNumber(Utf8JsonWriter writer, double x, bool isInteger = false)
    {
        if (double.IsNaN(x))
        {
            writer.WriteStringValue("nan");
        }
        else if (double.IsPositiveInfinity(x))
        {
            writer.WriteStringValue("inf");
        }
        else if (double.IsNegativeInfinity(x))
        {
            writer.WriteStringValue("-inf");
        }
        else if (isInteger)
        {
            writer.WriteNumberValue((long)x);
        }
        else
        {
            writer.WriteNumberValue(x);
        }
    }

    /// <summary>Reads a number or a rectangular nested list as a tensor.</summary>
    /// <exception cref="FormatException">ragged lists, strings other than nan/inf, objects.</exception>
    public static Tensor ReadTensor(JsonElement element, bool isInteger = false)
    {
        var shape = new List<int>();
        var probe = element;
        while (probe.ValueKind == JsonValueKind.Array)
        {
            shape.Add(probe.GetArrayLength());
            if (probe.GetArrayLength() == 0)
            {
                break;
            }

            probe = probe[0];
        }

        var data = new List<double>();
        Collect(element, shape, 0, data);
        return new Tensor([.. shape], [.. data], isInteger);
    }

    public static TensorList ReadList(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"expected a list of arrays, got {Describe(element.ValueKind)}");
        }

        return new TensorList([.. element.EnumerateArray().Select(e => ReadTensor(e))]);
    }

    public static double ReadNumber(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => element.GetString() switch
        {
            "nan" or "NaN" => double.NaN,
            "inf" or "Infinity" => double.PositiveInfinity,
            "-inf" or "-Infinity" => double.NegativeInfinity,
            var s => throw new FormatException($"expected a number, got the string \"{s}\""),
        },
        JsonValueKind.True => 1,
        JsonValueKind.False => 0,
        var kind => throw new FormatException($"expected a number, got {Describe(kind)}"),
    };

    private static void Collect(JsonElement element, List<int> shape, int axis, List<double> data)
    {
        if (axis == shape.Count)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                throw new FormatException("ragged nested list: rows have different depths");
            }

            data.Add(ReadNumber(element));
            return;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("ragged nested list: rows have different depths");
        }

        if (element.GetArrayLength() != shape[axis])
        {
            throw new FormatException(string.Create(
                CultureInfo.InvariantCulture,
                $"ragged nested list: a row of length {element.GetArrayLength()} where {shape[axis]} was expected"));
        }

        foreach (var item in element.EnumerateArray())
        {
            Collect(item, shape, axis + 1, data);
        }
    }

    private static void WriteTensor(Utf8JsonWriter writer, Tensor tensor, int axis, ref int position)
    {
        if (axis == tensor.Rank)
        {
            WriteNumber(writer, tensor[position++], tensor.IsInteger);
            return;
        }

        writer.WriteStartArray();
        for (var i = 0; i < tensor.Shape[axis]; i++)
        {
            WriteTensor(writer, tensor, axis + 1, ref position);
        }

        writer.WriteEndArray();
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
