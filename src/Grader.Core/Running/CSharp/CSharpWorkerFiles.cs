using Grader.Submissions;

namespace Grader.Running.CSharp;

/// <summary>
/// The C# worker's files (Grader.Worker.dll, MathNet.Numerics.dll, for the compile role Roslyn, and a
/// runtimeconfig naming the running .NET) staged in a world-readable temporary folder that is bound
/// read-only into the sandbox at <see cref="Inside"/>.
/// </summary>
internal sealed class CSharpWorkerFiles : IDisposable
{
    public const string Inside = "/grader";

    private static readonly string[] RunFiles = ["Grader.Worker.dll", "MathNet.Numerics.dll"];

    private static readonly string[] CompileFiles = ["Microsoft.CodeAnalysis.dll", "Microsoft.CodeAnalysis.CSharp.dll"];

    private CSharpWorkerFiles(string folder, string dotnetRoot)
    {
        Folder = folder;
        DotnetRoot = dotnetRoot;
    }

    public string Folder { get; }

    /// <summary>The folder of the <c>dotnet</c> host and its shared runtimes (bound read-only).</summary>
    public string DotnetRoot { get; }

    public static CSharpWorkerFiles Stage(bool forNobody, bool compiler = false)
    {
        var source = AppContext.BaseDirectory;
        var worker = Path.Combine(source, "Grader.Worker.dll");
        if (!File.Exists(worker))
        {
            throw RunnerException.WorkerMissing(worker);
        }

        var folder = SubmissionFolder.CreateTemporary();
        foreach (var name in compiler ? [.. RunFiles, .. CompileFiles] : RunFiles)
        {
            File.Copy(Path.Combine(source, name), Path.Combine(folder, name));
        }

        var runtime = SharedFramework.Folder;
        var version = Path.GetFileName(runtime);
        File.WriteAllText(Path.Combine(folder, "Grader.Worker.runtimeconfig.json"), $$"""
            {"runtimeOptions": {"tfm": "net10.0", "framework": {"name": "Microsoft.NETCore.App", "version": "{{version}}"},
             "rollForward": "LatestPatch" } }
            """);
        if (forNobody && !OperatingSystem.IsWindows())
        {
            foreach (var path in Directory.EnumerateFileSystemEntries(folder).Prepend(folder))
            {
                File.SetUnixFileMode(path, Directory.Exists(path) ? (UnixFileMode)0b111_101_101 : (UnixFileMode)0b110_100_100);
            }
        }

        return new CSharpWorkerFiles(folder, SharedFramework.DotnetRoot);
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
