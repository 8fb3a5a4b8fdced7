using System.Text.Json;
using System.Text.RegularExpressions;
using Grader.Values;

namespace Grader.Submissions;

/// <summary>What <see cref="PythonScanner"/> found in one file: its top-level functions, or why it could not tell.</summary>
internal sealed partial record PythonScan(IReadOnlyDictionary<string, int> Functions, int Line, int Column, string? Error)
{
    /// <summary>The functions of a file too large to parse: every <c>def</c> at the start of a line (the last one of a name wins, as in Python).</summary>
    public static PythonScan DefinitionsOnly(string source)
    {
        var functions = new Dictionary<string, int>(StringComparer.Ordinal);
        var line = 1;
        var counted = 0;
        foreach (Match match in TopLevelDef().Matches(source))
        {
            line += source.AsSpan(counted, match.Index - counted).Count('\n');
            counted = match.Index;
            functions[match.Groups[1].Value] = line;
        }

        return new PythonScan(functions, 0, 0, null);
    }

    public static PythonScan Read(JsonElement element)
    {
        if (element.TryGetProperty("functions", out var functions))
        {
            return new PythonScan(
                functions.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal), 0, 0, null);
        }

        if (element.TryGetProperty("kind", out var kind) && kind.GetString() == "memory")
        {
            return Failed(
                $"reading this file's syntax needs more than {Quantity.FormatBytes(PythonScanner.MaxMemory)} of memory; not graded. "
                + "Move large data out of the source (a .npy or .txt file loaded at run time)");
        }

        return new PythonScan(
            new Dictionary<string, int>(),
            element.GetProperty("line").GetInt32(),
            element.GetProperty("column").GetInt32(),
            element.GetProperty("message").GetString());
    }

    public static PythonScan TimedOut(TimeSpan limit) => Failed(
        $"reading the submission's Python took more than {Quantity.FormatDuration(limit)}; this file was not graded. Move large data out of the source");

    public static PythonScan ParserStopped() => Failed("Python's parser stopped while reading this file; not graded");

    [GeneratedRegex(@"^(?:async[ \t]+)?def[ \t]+([^\W\d]\w*)[ \t]*\(", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TopLevelDef();

    private static PythonScan Failed(string message) => new(new Dictionary<string, int>(), 0, 0, message);
}
