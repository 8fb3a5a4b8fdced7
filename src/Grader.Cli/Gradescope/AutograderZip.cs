using System.IO.Compression;
using System.Text.Json;
using Grader.Reference;
using Grader.Running;

namespace Grader.Cli.Gradescope;

/// <summary>
/// Gradescope's autograder zip (docs/gradescope.md): <c>setup.sh</c> and <c>run_autograder</c> at its
/// root; <c>grader/bin</c>, this grader's own build (what its deps files name, the C# worker and the
/// Python worker's sources); <c>grader/problems</c>, the problems with their verified snapshots (and the
/// course file); <c>grader/references</c>, their solved references, so that no submission solves them
/// again; <c>dotnet/</c>, the .NET runtime this grader runs on (Gradescope's Ubuntu has none).
/// </summary>
internal static class AutograderZip
{
    /// <summary>Files of a build that are neither named by its deps files nor needed to run it.</summary>
    private static readonly string[] BuildFiles =
        ["Grader.Cli.dll", "Grader.Cli.deps.json", "Grader.Cli.runtimeconfig.json", "Grader.Worker.dll", "Grader.Worker.deps.json", "Grader.Worker.runtimeconfig.json"];

    /// <summary>The native build <c>./grader</c> makes beside the .NET one (<see cref="Bench.GraderCommand.NativeFile"/>).</summary>
    private const string NativeBuild = Bench.GraderCommand.NativeFile;

    /// <param name="options">The options run_autograder gives <c>grade</c>, each one word.</param>
    public static void Write(string zipPath, IReadOnlyList<CompiledProblem> problems, string? courseFile, string referencesFolder, IReadOnlyList<string> options)
    {
        var build = AppContext.BaseDirectory;
        var temporary = zipPath + ".part";
        File.Delete(temporary);
        using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            AddText(zip, "setup.sh", File.ReadAllText(Path.Combine(build, "Gradescope", "setup.sh"))
                .Replace("@PACKAGES@", string.Join(' ', Packages(problems)), StringComparison.Ordinal), executable: true);
            AddText(zip, "run_autograder", File.ReadAllText(Path.Combine(build, "Gradescope", "run_autograder"))
                .Replace("@OPTIONS@", string.Join(' ', options.Select(Quoted)), StringComparison.Ordinal), executable: true);
            foreach (var file in BuildFilesOf(build))
            {
                Add(zip, Path.Combine(build, file), "grader/bin/" + file, executable: false);
            }

            // The native build beside it (./grader makes one), which run_autograder prefers where it runs.
            if (File.Exists(Path.Combine(build, NativeBuild)))
            {
                Add(zip, Path.Combine(build, NativeBuild), "grader/bin/" + NativeBuild, executable: true);
            }

            foreach (var problem in problems)
            {
                var spec = problem.Spec.File.FullPath;
                Add(zip, spec, "grader/problems/" + Path.GetFileName(spec), executable: false);
                var snapshot = Path.ChangeExtension(spec, ".verified.json");
                if (File.Exists(snapshot))
                {
                    Add(zip, snapshot, "grader/problems/" + Path.GetFileName(snapshot), executable: false);
                }
            }

            if (courseFile is not null)
            {
                Add(zip, courseFile, "grader/" + Path.GetFileName(courseFile), executable: false);
            }

            foreach (var file in Directory.EnumerateFiles(referencesFolder))
            {
                Add(zip, file, "grader/references/" + Path.GetFileName(file), executable: false);
            }

            AddRuntime(zip);
        }

        File.Move(temporary, zipPath, overwrite: true);
    }

    /// <summary>The Ubuntu packages setup.sh installs: Grader's own, and what the problems need.</summary>
    internal static IEnumerable<string> Packages(IReadOnlyList<CompiledProblem> problems)
    {
        string[] always = ["bubblewrap", "python3", "python3-numpy", "python3-matplotlib", "util-linux", "libicu-dev"];
        var experiments = problems.Select(p => p.Spec.Experiment).OfType<Grader.Specs.ExperimentSpec>().ToList();
        return always
            .Concat(experiments.Count > 0 ? ["python3-sklearn"] : [])
            .Concat(experiments.Any(e => e.Requires.Contains("torch")) ? ["python3-torch"] : []);
    }

    /// <summary>The build's files, relative: the deps files' runtime and resource assets, the two programs, the Python worker.</summary>
    private static IEnumerable<string> BuildFilesOf(string build)
    {
        var files = new SortedSet<string>(BuildFiles, StringComparer.Ordinal);
        foreach (var deps in new[] { "Grader.Cli.deps.json", "Grader.Worker.deps.json" })
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(build, deps)));
            foreach (var library in document.RootElement.GetProperty("targets").EnumerateObject().SelectMany(t => t.Value.EnumerateObject()))
            {
                if (library.Value.TryGetProperty("runtime", out var runtime))
                {
                    files.UnionWith(runtime.EnumerateObject().Select(a => Path.GetFileName(a.Name)));
                }

                if (library.Value.TryGetProperty("resources", out var resources))
                {
                    files.UnionWith(resources.EnumerateObject().Select(a => Path.Combine(a.Value.GetProperty("locale").GetString()!, Path.GetFileName(a.Name))));
                }
            }
        }

        files.UnionWith(Directory.EnumerateFiles(Path.Combine(build, "Running"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(build, f)));
        return files.Where(f => File.Exists(Path.Combine(build, f)));
    }

    /// <summary>The runtime this process runs on: the <c>dotnet</c> host, its resolver and the shared framework.</summary>
    private static void AddRuntime(ZipArchive zip)
    {
        var framework = SharedFramework.Folder;
        var root = SharedFramework.DotnetRoot;
        Add(zip, Path.Combine(root, "dotnet"), "dotnet/dotnet", executable: true);
        foreach (var folder in new[] { framework, Path.Combine(root, "host", "fxr") })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                Add(zip, file, "dotnet/" + Path.GetRelativePath(root, file).Replace('\\', '/'), executable: file.EndsWith(".so", StringComparison.Ordinal));
            }
        }
    }

    private static void Add(ZipArchive zip, string file, string name, bool executable)
    {
        var entry = zip.CreateEntryFromFile(file, name.Replace('\\', '/'), CompressionLevel.Optimal);
        entry.ExternalAttributes = (executable ? 0b111_101_101 : 0b110_100_100) << 16;
    }

    private static void AddText(ZipArchive zip, string name, string text, bool executable)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.ExternalAttributes = (executable ? 0b111_101_101 : 0b110_100_100) << 16;
        using var writer = new StreamWriter(entry.Open());
        writer.Write(text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>One word for bash, in single quotes.</summary>
    private static string Quoted(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
