using System.Runtime.CompilerServices;
using Grader.Core.Tests.Running;

namespace Grader.Core.Tests;

/// <summary>Folders of the repository, found from this source file so tests run from any directory.</summary>
internal static class TestPaths
{
    public static string Repository { get; } = FindRepository();

    public static string Problems => Path.Combine(Repository, "problems");

    public static string Examples => Path.Combine(Repository, "submissions", "examples");

    private static string FindRepository([CallerFilePath] string file = "")
    {
        var directory = Path.GetDirectoryName(file);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Grader.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Grader.sln not found above " + file);
    }
}
