namespace Grader.Running;

/// <summary>
/// The C# worker's files (Grader.Worker.dll, MathNet.Numerics.dll and a runtimeconfig naming the
/// running .NET) staged once per runner in a world-readable temporary folder that is bound into the
/// sandbox at <c>/grader</c>.
/// </summary>
internal sealed class CSharpWorkerFiles : IDisposable
{
    private CSharpWorkerFiles(string folder, string dotnetRoot)
    {
        Folder = folder;
        DotnetRoot = dotnetRoot;
    }

    public string Folder { get; }

    /// <summary>The folder of the <c>dotnet</c> host and its shared runtimes (bound read-only).</summary>
    public string DotnetRoot { get; }

    public static CSharpWorkerFiles Stage(bool forNobody)
    {
        var source = AppContext.BaseDirectory;
        var worker = Path.Combine(source, "Grader.Worker.dll");
        if (!File.Exists(worker))
        {
            throw RunnerException.WorkerMissing(worker);
        }

        var folder = SubmissionFolder.CreateTemporary();
        foreach (var name in new[] { "Grader.Worker.dll", "MathNet.Numerics.dll" })
        {
            File.Copy(Path.Combine(source, name), Path.Combine(folder, name));
        }

        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
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

        return new CSharpWorkerFiles(folder, Path.GetFullPath(Path.Combine(runtime, "..", "..", "..")));
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
