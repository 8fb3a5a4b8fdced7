using System.Text.Json;
using System.Text.RegularExpressions;
using Grader.Values;

namespace Grader.Submissions;

/// <summary>
/// What <see cref="PythonScanner"/> found in one file: its top-level functions and the modules it imports
/// (top-level names), or why it could not tell. A notebook whose cells do not all parse keeps the
/// functions of those that do; the others are <see cref="CellErrors"/>.
/// </summary>
internal sealed partial record PythonScan(IReadOnlyDictionary<string, int> Functions, int Line, int Column, string? Error)
{
    public IReadOnlySet<string> Imports { get; init; } = new HashSet<string>();

    /// <summary>A notebook's cells with a syntax error: the line (in the notebook's Python), column and message.</summary>
    public IReadOnlyList<(int Line, int Column, string Message)> CellErrors { get; init; } = [];

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

        var imports = ImportLine().Matches(source).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return new PythonScan(functions, 0, 0, null) { Imports = imports };
    }

    public static PythonScan Read(JsonElement element)
    {
        if (element.TryGetProperty("functions", out var functions))
        {
            return new PythonScan(
                functions.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal), 0, 0, null)
            {
                Imports = element.TryGetProperty("imports", out var imports)
                    ? imports.EnumerateArray().Select(i => i.GetString()!).ToHashSet(StringComparer.Ordinal)
                    : new HashSet<string>(),
                CellErrors = element.TryGetProperty("cellErrors", out var errors)
                    ? [.. errors.EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetInt32(), e.GetProperty("message").GetString()!))]
                    : [],
            };
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

    [GeneratedRegex(@"^[ \t]*(?:import|from)[ \t]+([^\W\d]\w*)", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ImportLine();

    private static PythonScan Failed(string message) => new(new Dictionary<string, int>(), 0, 0, message);
}
