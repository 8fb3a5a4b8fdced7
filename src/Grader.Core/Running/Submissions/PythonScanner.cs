using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grader.Running;

/// <summary>
/// Finds the top-level functions of Python sources, or their syntax errors, with Python's own
/// parser (<c>ast.parse</c>, which never executes the code) in one short process for all files.
/// </summary>
internal static class PythonScanner
{
    private const string Script = """
        import ast, json, sys
        out = []
        for f in json.load(sys.stdin):
            try:
                tree = ast.parse(f["source"], f["name"])
                out.append({"functions": {n.name: n.lineno for n in tree.body
                                          if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}})
            except SyntaxError as e:
                out.append({"line": e.lineno or 0, "column": e.offset or 0, "message": "SyntaxError: " + str(e.msg)})
            except (ValueError, MemoryError, RecursionError) as e:
                out.append({"line": 0, "column": 0, "message": type(e).__name__ + ": " + str(e)})
        json.dump(out, sys.stdout)
        """;

    public static IReadOnlyList<PythonScan> Scan(string python, IReadOnlyList<(string Name, string Source)> files)
    {
        if (files.Count == 0)
        {
            return [];
        }

        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-I", "-S", "-c", Script })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw RunnerException.ScanFailed("could not start " + python);
        var input = new JsonArray([.. files.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["source"] = f.Source })]);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input.ToJsonString());
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            throw RunnerException.ScanFailed("the parser took more than 30 s");
        }

        if (process.ExitCode != 0)
        {
            throw RunnerException.ScanFailed(stderr.Result);
        }

        using var result = JsonDocument.Parse(stdout.Result);
        return [.. result.RootElement.EnumerateArray().Select(PythonScan.Read)];
    }
}
