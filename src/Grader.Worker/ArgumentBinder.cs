using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Worker;

/// <summary>
/// Turns the arguments of a call into the declared parameter types: double, float, int, long, their
/// arrays (1-D, 2-D, jagged), Vector&lt;double&gt;, Matrix&lt;double&gt;, and arrays or lists of those.
/// </summary>
internal static class ArgumentBinder
{
    public static object?[] Bind(System.Reflection.ParameterInfo[] parameters, JsonArray args)
    {
        if (parameters.Length != args.Count)
        {
            throw new ArgumentException($"the method takes {parameters.Length} parameters, the problem passes {args.Count}");
        }

        return [.. parameters.Select((p, i) => Bind(args[i]!, p.ParameterType, p.Name ?? "?"))];
    }

    private static object Bind(JsonNode arg, Type type, string name)
    {
        if (arg["kind"]!.GetValue<string>() == "list")
        {
            var element = ElementType(type) ?? throw Unsupported(type, name, "a list of arrays");
            var items = arg["items"]!.AsArray().Select(item => Bind(item!, element, name)).ToArray();
            if (type.IsArray)
            {
                var array = Array.CreateInstance(element, items.Length);
                Array.Copy(items, array, items.Length);
                return array;
            }

            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            Array.ForEach(items, item => list.Add(item));
            return list;
        }

        var shape = arg["shape"]!.AsArray().Select(d => d!.GetValue<int>()).ToArray();
        var flat = new List<double>();
        Flatten(arg["data"], flat);
        var data = flat.ToArray();
        int rows = shape.Length == 2 ? shape[0] : data.Length, cols = shape.Length == 2 ? shape[1] : 1;
        return type switch
        {
            _ when type == typeof(double) => data[0],
            _ when type == typeof(float) => (float)data[0],
            _ when type == typeof(int) => (int)data[0],
            _ when type == typeof(long) => (long)data[0],
            _ when type == typeof(double[]) => data,
            _ when type == typeof(float[]) => Array.ConvertAll(data, x => (float)x),
            _ when type == typeof(int[]) => Array.ConvertAll(data, x => (int)x),
            _ when type == typeof(long[]) => Array.ConvertAll(data, x => (long)x),
            _ when type == typeof(double[,]) => ToMatrix(data, rows, cols),
            _ when type == typeof(double[][]) => Enumerable.Range(0, rows).Select(i => data[(i * cols)..((i + 1) * cols)]).ToArray(),
            _ when type == typeof(Vector<double>) => Vector<double>.Build.DenseOfArray(data),
            _ when type == typeof(Matrix<double>) => Matrix<double>.Build.DenseOfArray(ToMatrix(data, rows, cols)),
            _ => throw Unsupported(type, name, "an array"),
        };
    }

    private static double[,] ToMatrix(double[] data, int rows, int cols)
    {
        var matrix = new double[rows, cols];
        for (var i = 0; i < data.Length; i++)
        {
            matrix[i / cols, i % cols] = data[i];
        }

        return matrix;
    }

    private static void Flatten(JsonNode? node, List<double> into)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                Flatten(item, into);
            }

            return;
        }

        var value = node!.AsValue();
        into.Add(value.TryGetValue<string>(out var text)
            ? text switch { "inf" => double.PositiveInfinity, "-inf" => double.NegativeInfinity, _ => double.NaN }
            : value.GetValue<double>());
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && type.GetGenericArguments().Length == 1
            && type.IsAssignableFrom(typeof(List<>).MakeGenericType(type.GetGenericArguments()[0]))
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static ArgumentException Unsupported(Type type, string name, string what) =>
        new($"cannot pass {what} to parameter '{name}' of type {type.Name}");
}
