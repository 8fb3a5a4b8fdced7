using System.Runtime.CompilerServices;

namespace Grader.Cli.Tests;

/// <summary>Runs the real command line in-process against string writers.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static string Repository { get; } = FindRepository();

    public static async Task<CliRun> Run(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = CliContext.ForTest(output, error, workingDirectory);
        var exit = await GraderApp.RunAsync(args, context).ConfigureAwait(false);
        return new CliRun(exit, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }

    public static Task<CliRun> InRepository(params string[] args) => Run(Repository, args);

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
