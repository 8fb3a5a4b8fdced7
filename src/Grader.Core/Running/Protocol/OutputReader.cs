using System.Text.Json;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Running.Protocol;

/// <summary>
/// Reads the outputs a worker returned (JSON by output name; arrays nested or packed) into values,
/// checking what the worker could not: rectangular nesting, numbers only, a list of arrays where a
/// list is expected, a packed array's shape against its bytes.
/// </summary>
internal static class OutputReader
{
    public static (Dictionary<string, Value> Values, List<string> Problems) Read(JsonElement outputs, IReadOnlyList<OutputContract> contract)
    {
        var values = new Dictionary<string, Value>(StringComparer.Ordinal);
        var problems = new List<string>();
        if (outputs.ValueKind != JsonValueKind.Object)
        {
            problems.Add("the worker returned no outputs");
            return (values, problems);
        }

        foreach (var output in contract)
        {
            if (!outputs.TryGetProperty(output.Name, out var element))
            {
                continue;
            }

            try
            {
                values[output.Name] = output.IsList ? ReadList(element) : ReadTensor(element);
            }
            catch (FormatException error)
            {
                problems.Add($"output '{output.Name}': {error.Message}");
            }
        }

        return (values, problems);
    }

    private static Tensor ReadTensor(JsonElement element) => PackedArray.IsPacked(element) ? PackedArray.Read(element) : ValueJson.ReadTensor(element);

    private static TensorList ReadList(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? new TensorList([.. element.EnumerateArray().Select(ReadTensor)]) : ValueJson.ReadList(element);
}
