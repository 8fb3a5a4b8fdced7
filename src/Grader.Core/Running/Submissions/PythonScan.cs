using System.Text.Json;

namespace Grader.Running;

/// <summary>What <see cref="PythonScanner"/> found in one file: its top-level functions, or a syntax error.</summary>
internal sealed record PythonScan(IReadOnlyDictionary<string, int> Functions, int Line, int Column, string? Error)
{
    public static PythonScan Read(JsonElement element)
    {
        if (element.TryGetProperty("functions", out var functions))
        {
            return new PythonScan(
                functions.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal), 0, 0, null);
        }

        return new PythonScan(
            new Dictionary<string, int>(),
            element.GetProperty("line").GetInt32(),
            element.GetProperty("column").GetInt32(),
            element.GetProperty("message").GetString());
    }
}
