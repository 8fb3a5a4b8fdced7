using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Worker;

/// <summary>
/// Reads a method's return value as the problem's outputs: a dictionary keyed by output name, a
/// record or class with those properties, a value tuple or list in order, or (one output) the value.
/// </summary>
internal static class OutputBinder
{
    private const int MaxItems = 1_000_000;

    public static (JsonObject Values, List<string> Problems) Bind(object? result, IReadOnlyList<(string Name, bool IsList)> outputs)
    {
        var raw = new Dictionary<string, object?>(StringComparer.Ordinal);
        var problems = new List<string>();
        var names = outputs.Select(o => o.Name).ToList();
        if (result is IDictionary dictionary)
        {
            var entries = new List<(string Key, object? Value)>();
            var enumerator = dictionary.GetEnumerator();
            while (enumerator.MoveNext())
            {
                entries.Add((enumerator.Key?.ToString() ?? string.Empty, enumerator.Value));
            }

            foreach (var name in names)
            {
                var match = entries.FindIndex(e => e.Key == name) is var exact and >= 0
                    ? exact
                    : entries.FindIndex(e => string.Equals(e.Key, name, StringComparison.OrdinalIgnoreCase));
                if (match < 0)
                {
                    problems.Add($"output '{name}' is missing");
                }
                else
                {
                    raw[name] = entries[match].Value;
                }
            }
        }
        else if (names.Count == 1 && (result is null || Member(result, names[0]) is null))
        {
            raw[names[0]] = result is ITuple { Length: 1 } single ? single[0] : result;
        }
        else if (result is ITuple tuple || result is IList)
        {
            var items = result is ITuple t ? Enumerable.Range(0, t.Length).Select(i => t[i]).ToList() : ((IList)result).Cast<object?>().ToList();
            if (items.Count != names.Count)
            {
                problems.Add($"returned {items.Count} values, expected {names.Count} ({string.Join(", ", names)})");
            }

            foreach (var (name, item) in names.Zip(items))
            {
                raw[name] = item;
            }
        }
        else
        {
            foreach (var name in names)
            {
                if (Member(result, name) is { } member)
                {
                    raw[name] = member();
                }
                else
                {
                    problems.Add($"output '{name}' is missing");
                }
            }
        }

        var values = new JsonObject();
        foreach (var (name, isList) in outputs.Where(o => raw.ContainsKey(o.Name)))
        {
            try
            {
                values[name] = isList && raw[name] is not IEnumerable ? throw new FormatException("is not a list of arrays") : Encode(raw[name], 0);
            }
            catch (FormatException bad)
            {
                problems.Add($"output '{name}' {bad.Message}");
            }
        }

        return (values, problems);
    }

    private static Func<object?>? Member(object? target, string name)
    {
        if (target is null)
        {
            return null;
        }

        const System.Reflection.BindingFlags Flags = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase;
        var type = target.GetType();
        if (type.GetProperty(name, Flags) is { } property && property.GetIndexParameters().Length == 0)
        {
            return () => property.GetValue(target);
        }

        return type.GetField(name, Flags) is { } field ? () => field.GetValue(target) : null;
    }

    private static JsonNode? Encode(object? value, int depth)
    {
        if (depth > 16)
        {
            throw new FormatException("is nested too deeply");
        }

        switch (value)
        {
            case null:
                throw new FormatException("is null, not a number or array");
            case double or float or int or long or short or byte or decimal:
                return Number(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
            case bool flag:
                return flag ? 1.0 : 0.0;
            case string:
                throw new FormatException("is a string, not a number or array");
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
                        throw new FormatException("has too many items");
                    }
                }

                return list;
            default:
                throw new FormatException($"is a {value.GetType().Name}, not a number or array");
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
