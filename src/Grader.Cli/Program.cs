namespace Grader.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args) => GraderApp.RunAsync(args, CliContext.FromProcess());
}
