using System.Collections;
using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Worker;

/// <summary>
/// One returned value as JSON numbers and nested lists. Only numeric types, arrays, sequences and
/// MathNet vectors/matrices are read; anything else is named by its type and never touched.
/// </summary>
internal static class OutputEncoder
{
    private const int MaxItems = 1_000_000;

    public static JsonNode? Encode(object? value, int depth)
    {
        if (depth > 16)
        {
            throw new UnreadableValueException("nestedTooDeeply");
        }

        switch (value)
        {
            case null:
                throw new UnreadableValueException("null");
            case double or float or int or long or short or byte or decimal:
                return Number(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
            case bool flag:
                return flag ? 1.0 : 0.0;
            case string:
                throw new UnreadableValueException("notNumber", "string");
            case Vector<double> vector:
                return Encode(vector.ToArray(), depth);
            case Matrix<double> matrix:
                return Encode(matrix.ToArray(), depth);
            case Array { Rank: > 1 } array:
                return Slice(array, new int[array.Rank], 0);
            case IEnumerable sequence:
                var list = new JsonArray();
                foreach (var item in sequence)
                {
                    list.Add(Encode(item, depth + 1));
                    if (list.Count > MaxItems)
                    {
                        throw new UnreadableValueException("tooManyItems");
                    }
                }

                return list;
            default:
                throw new UnreadableValueException("notNumber", value.GetType().Name);
        }
    }

    private static JsonArray Slice(Array array, int[] index, int axis)
    {
        var list = new JsonArray();
        for (var i = 0; i < array.GetLength(axis); i++)
        {
            index[axis] = i;
            list.Add(axis == array.Rank - 1 ? Encode(array.GetValue(index), 0) : Slice(array, index, axis + 1));
        }

        return list;
    }

    private static JsonNode Number(double x) =>
        double.IsNaN(x) ? "nan" : double.IsPositiveInfinity(x) ? "inf" : double.IsNegativeInfinity(x) ? "-inf" : JsonValue.Create(x);
}
