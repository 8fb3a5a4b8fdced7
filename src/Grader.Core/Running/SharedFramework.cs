using Grader.Running.Sandboxing;

namespace Grader.Running;

/// <summary>
/// The shared .NET runtime (Microsoft.NETCore.App) that runs the C# worker, and the <c>dotnet</c>
/// host's folder above it: the runtime the grader itself runs on, or, for the native build of
/// <c>./grader</c> (which carries no runtime folder of its own), the one installed beside the
/// <c>dotnet</c> host, of the version the grader was built for (else the newest of its major version).
/// </summary>
public static class SharedFramework
{
    private const string FrameworkName = "Microsoft.NETCore.App";

    private static readonly Lazy<string> Found = new(Find);

    /// <summary>The folder of the shared framework's assemblies (<c>…/shared/Microsoft.NETCore.App/10.0.x</c>).</summary>
    /// <exception cref="RunnerException">no installed runtime of the grader's major version.</exception>
    public static string Folder => Found.Value;

    /// <summary>The folder of the <c>dotnet</c> host, whose <c>shared/</c> holds <see cref="Folder"/>.</summary>
    public static string DotnetRoot => Path.GetFullPath(Path.Combine(Folder, "..", "..", ".."));

    private static string Find()
    {
        if (typeof(object).Assembly.Location is { Length: > 0 } coreLibrary)
        {
            return Path.GetDirectoryName(coreLibrary)!;
        }

        var roots = Roots().Distinct(StringComparer.Ordinal).ToList();
        foreach (var root in roots)
        {
            var shared = Path.Combine(root, "shared", FrameworkName);
            if (!Directory.Exists(shared))
            {
                continue;
            }

            var exact = Path.Combine(shared, Environment.Version.ToString(3));
            if (Directory.Exists(exact))
            {
                return exact;
            }

            var newest = Directory.EnumerateDirectories(shared)
                .Select(folder => (Folder: folder, Version: Version.TryParse(Path.GetFileName(folder).Split('-')[0], out var version) ? version : null))
                .Where(candidate => candidate.Version?.Major == Environment.Version.Major)
                .MaxBy(candidate => candidate.Version);
            if (newest.Folder is not null)
            {
                return newest.Folder;
            }
        }

        throw RunnerException.RuntimeMissing(Environment.Version.Major, roots);
    }

    /// <summary>Where a <c>dotnet</c> host may live: DOTNET_ROOT, the <c>dotnet</c> on PATH (its link followed), Debian's and Microsoft's folders.</summary>
    private static IEnumerable<string> Roots()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } configured)
        {
            yield return Path.GetFullPath(configured);
        }

        if (ExecutableSearch.OnPath("dotnet") is { } host)
        {
            var target = File.ResolveLinkTarget(host, returnFinalTarget: true)?.FullName ?? host;
            yield return Path.GetDirectoryName(Path.GetFullPath(target))!;
        }

        yield return "/usr/share/dotnet";
        yield return "/usr/lib/dotnet";
    }
}
