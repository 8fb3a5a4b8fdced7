using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grader.Running;

/// <summary>
/// Finds the top-level functions of Python sources, or their syntax errors, with Python's own
/// parser (<c>ast.parse</c>, which never executes the code). One long-lived <c>python3 -I -S</c>
/// process per interpreter answers one JSON line per submission, so opening a submission costs
/// about a millisecond rather than a Python start; a parse that hangs is killed after 30 s.
/// </summary>
internal static class PythonScanner
{
    private const string Script = """
        import ast, json, sys
        for line in sys.stdin:
            out = []
            for f in json.loads(line):
                try:
                    tree = ast.parse(f["source"], f["name"])
                    out.append({"functions": {n.name: n.lineno for n in tree.body
                                              if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}})
                except SyntaxError as e:
                    out.append({"line": e.lineno or 0, "column": e.offset or 0, "message": "SyntaxError: " + str(e.msg)})
                except (ValueError, MemoryError, RecursionError) as e:
                    out.append({"line": 0, "column": 0, "message": type(e).__name__ + ": " + str(e)})
            sys.stdout.write(json.dumps(out) + "\n")
            sys.stdout.flush()
        """;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly Dictionary<string, Process> Parsers = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static IReadOnlyList<PythonScan> Scan(string python, IReadOnlyList<(string Name, string Source)> files)
    {
        var request = new JsonArray([.. files.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["source"] = f.Source })]).ToJsonString();
        lock (Gate)
        {
            var parser = Parser(python);
            parser.StandardInput.WriteLine(request);
            parser.StandardInput.Flush();
            var line = parser.StandardOutput.ReadLineAsync();
            if (!line.Wait(Timeout) || line.Result is null)
            {
                Parsers.Remove(python);
                parser.Kill();
                parser.Dispose();
                throw RunnerException.ScanFailed(line.IsCompleted ? "the parser stopped" : "the parser took more than 30 s");
            }

            using var result = JsonDocument.Parse(line.Result);
            return [.. result.RootElement.EnumerateArray().Select(PythonScan.Read)];
        }
    }

    private static Process Parser(string python)
    {
        if (Parsers.TryGetValue(python, out var running) && !running.HasExited)
        {
            return running;
        }

        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-I", "-S", "-c", Script })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw RunnerException.ScanFailed("could not start " + python);
        Parsers[python] = process;
        return process;
    }
}
