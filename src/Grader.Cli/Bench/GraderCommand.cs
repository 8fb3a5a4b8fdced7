namespace Grader.Cli.Bench;

/// <summary>
/// How to start a build of the grader as a process of its own: the build running now, as the user
/// starts it, or another build's <c>Grader.Cli.dll</c> (an A/B against an older commit).
/// </summary>
/// <param name="FileName">The program: <c>dotnet</c>, or a published apphost.</param>
/// <param name="Arguments">What comes before the verb: the dll, for <c>dotnet</c>.</param>
internal sealed record GraderCommand(string FileName, IReadOnlyList<string> Arguments)
{
    public const string AssemblyFile = "Grader.Cli.dll";

    /// <summary>The native build <c>./grader</c> makes beside the assembly, and runs when it is there.</summary>
    public const string NativeFile = "grader-native";

    /// <summary>The command as shown in the report.</summary>
    public string Display => string.Join(' ', [FileName, .. Arguments]);

    /// <summary>The build running now: <c>./grader</c> runs its native build (itself) or <c>dotnet Grader.Cli.dll</c>,
    /// a published apphost runs itself, and the tests run inside a test host, where <c>dotnet</c> runs the dll beside them.</summary>
    public static GraderCommand Running()
    {
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported && Environment.ProcessPath is { } native)
        {
            return new GraderCommand(native, []);
        }

        var dll = Path.Combine(AppContext.BaseDirectory, AssemblyFile);
        return Environment.ProcessPath is { } host && Path.GetFileName(host) == Path.GetFileNameWithoutExtension(dll)
            ? new GraderCommand(host, [])
            : OfAssembly(dll);
    }

    /// <summary><c>dotnet</c> running <paramref name="dll"/> (the same <c>dotnet</c> as this process, if it is one).</summary>
    public static GraderCommand OfAssembly(string dll)
    {
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        return new GraderCommand(dotnet, [dll]);
    }

    /// <summary>
    /// Another build, as <c>./grader</c> would run it: given as its folder (<c>.grader/bin</c>: the native build
    /// there, else its <c>Grader.Cli.dll</c>), its native executable, or its <c>Grader.Cli.dll</c>; null if there is none.
    /// </summary>
    public static GraderCommand? Find(string path)
    {
        var native = Directory.Exists(path) ? Path.Combine(path, NativeFile) : path;
        if (!native.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(native)
            && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(native) & UnixFileMode.UserExecute) != 0))
        {
            return new GraderCommand(Path.GetFullPath(native), []);
        }

        return FindAssembly(path) is { } dll ? OfAssembly(dll) : null;
    }

    /// <summary>A build's <c>Grader.Cli.dll</c>, given as the file or its folder; null if there is none that <c>dotnet</c> can run.</summary>
    public static string? FindAssembly(string path)
    {
        var dll = Directory.Exists(path) ? Path.Combine(path, AssemblyFile) : path;
        return File.Exists(dll) && File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")) ? dll : null;
    }
}
