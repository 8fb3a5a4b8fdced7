using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grader.Submissions;

/// <summary>
/// Finds the top-level functions of Python sources, or their syntax errors, with Python's own
/// parser (<c>ast.parse</c>, which never executes the code). One long-lived <c>python3 -I -S</c>
/// process per interpreter answers one JSON line per file, so opening a submission costs about a
/// millisecond rather than a Python start. Python's syntax tree takes hundreds of bytes and about a
/// microsecond per byte of source (a 9 MiB file of assignments: 3.8 GB, 36 s), so a file over
/// <see cref="MaxParsedBytes"/> is only searched for <c>def</c> lines (its syntax errors then show
/// when the sandbox imports it), the parser runs under an address-space limit, and one
/// submission's files get <see cref="Timeout"/> in all: a file past a bound is a file issue naming
/// it, and the other files are still scanned.
/// </summary>
internal static class PythonScanner
{
    public const long MaxMemory = 2L << 30;

    public const int MaxParsedBytes = 1 << 20;

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private const string Script = """
        import ast, json, resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[1]), int(sys.argv[1])))
        def found(tree, offset, functions, imports):
            for n in tree.body:
                if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    functions[n.name] = n.lineno + offset
            for n in ast.walk(tree):
                if isinstance(n, ast.Import):
                    imports.update(a.name.split(".")[0] for a in n.names)
                elif isinstance(n, ast.ImportFrom) and n.level == 0 and n.module:
                    imports.add(n.module.split(".")[0])
        def cells(f, functions, imports):
            lines = f["source"].split("\n")
            starts = f["cells"] + [len(lines) + 1]
            errors = []
            for start, end in zip(starts, starts[1:]):
                try:
                    found(ast.parse("\n".join(lines[start - 1:end - 1]), f["name"]), start - 1, functions, imports)
                except SyntaxError as e:
                    errors.append({"line": (e.lineno or 1) + start - 1, "column": e.offset or 0, "message": "SyntaxError: " + str(e.msg)})
            return errors
        for line in sys.stdin:
            tree = None
            try:
                f = json.loads(line)
                functions, imports = {}, set()
                out = {"functions": functions}
                try:
                    tree = ast.parse(f["source"], f["name"])
                    found(tree, 0, functions, imports)
                except SyntaxError:
                    if not f.get("cells"):
                        raise
                    tree = None
                    out["cellErrors"] = cells(f, functions, imports)
                out["imports"] = sorted(imports)
            except SyntaxError as e:
                out = {"line": e.lineno or 0, "column": e.offset or 0, "message": "SyntaxError: " + str(e.msg)}
            except MemoryError:
                tree = None
                out = {"line": 0, "column": 0, "kind": "memory"}
            except (ValueError, RecursionError) as e:
                out = {"line": 0, "column": 0, "message": type(e).__name__ + ": " + str(e)}
            tree = None
            sys.stdout.write(json.dumps(out) + "\n")
            sys.stdout.flush()
        """;

    private static readonly Dictionary<string, Process> Parsers = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    /// <param name="files">Each file's name and source; a notebook's with its cells' first lines, so that a cell with a syntax error costs that cell only.</param>
    public static IReadOnlyList<PythonScan> Scan(string python, IReadOnlyList<(string Name, string Source, IReadOnlyList<int>? Cells)> files)
    {
        var scans = new List<PythonScan>();
        var clock = Stopwatch.StartNew();
        lock (Gate)
        {
            foreach (var (name, source, cells) in files)
            {
                var left = Timeout - clock.Elapsed;
                scans.Add(source.Length > MaxParsedBytes ? PythonScan.DefinitionsOnly(source)
                    : left <= TimeSpan.Zero ? PythonScan.TimedOut(Timeout)
                    : ScanOne(python, name, source, cells, left));
            }
        }

        return scans;
    }

    private static PythonScan ScanOne(string python, string name, string source, IReadOnlyList<int>? cells, TimeSpan left)
    {
        var parser = Parser(python);
        var line = Task.FromResult<string?>(null);
        try
        {
            var request = new JsonObject { ["name"] = name, ["source"] = source };
            if (cells is not null)
            {
                request["cells"] = new JsonArray([.. cells.Select(c => (JsonNode)c)]);
            }

            parser.StandardInput.WriteLine(request.ToJsonString());
            parser.StandardInput.Flush();
            line = parser.StandardOutput.ReadLineAsync();
        }
        catch (IOException)
        {
            // The parser died on an earlier file: this one is reported as stopped, and the next one starts a new parser.
        }

        if (!line.Wait(left) || line.Result is null)
        {
            Parsers.Remove(python);
            parser.Kill();
            parser.Dispose();
            return line.IsCompleted ? PythonScan.ParserStopped() : PythonScan.TimedOut(Timeout);
        }

        using var result = JsonDocument.Parse(line.Result);
        return PythonScan.Read(result.RootElement);
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
        foreach (var arg in new[] { "-I", "-S", "-c", Script, MaxMemory.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw SubmissionException.ScanFailed("could not start " + python);
        Parsers[python] = process;
        return process;
    }
}
