namespace Grader.Running.Python;

/// <summary>
/// The Python worker's command line: <c>python -I -B -c boot.py NAME SOURCE … -- FLAGS</c>. The modules
/// (<c>Running/Python/grader_worker/</c>) travel as arguments, read once per grader process, so nothing
/// of the grader is mounted into the sandbox; <c>boot.py</c> makes them a package (in its own order).
/// </summary>
internal static class PythonWorkerProgram
{
    private static readonly Lazy<string[]> Program = new(Read);

    /// <summary>Everything after the interpreter's path.</summary>
    public static string[] Arguments(params string[] flags) => ["-I", "-B", "-c", .. Program.Value, "--", .. flags];

    private static string[] Read()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Running", "Python", "grader_worker");
        var modules = Directory.EnumerateFiles(folder, "*.py")
            .Where(path => Path.GetFileName(path) != "boot.py")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => new[] { Path.GetFileNameWithoutExtension(path), File.ReadAllText(path) });
        return [File.ReadAllText(Path.Combine(folder, "boot.py")), .. modules];
    }
}
