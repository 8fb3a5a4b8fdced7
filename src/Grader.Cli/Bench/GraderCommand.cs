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

    /// <summary>The command as shown in the report.</summary>
    public string Display => string.Join(' ', [FileName, .. Arguments]);

    /// <summary>The build running now: <c>./grader</c> runs <c>dotnet Grader.Cli.dll</c>, a published apphost runs itself,
    /// and the tests run inside a test host, where <c>dotnet</c> runs the dll beside them.</summary>
    public static GraderCommand Running()
    {
        var dll = typeof(GraderCommand).Assembly.Location is { Length: > 0 } location ? location : Path.Combine(AppContext.BaseDirectory, AssemblyFile);
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

    /// <summary>A build's <c>Grader.Cli.dll</c>, given as the file or its folder; null if there is none that <c>dotnet</c> can run.</summary>
    public static string? FindAssembly(string path)
    {
        var dll = Directory.Exists(path) ? Path.Combine(path, AssemblyFile) : path;
        return File.Exists(dll) && File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")) ? dll : null;
    }
}
