namespace Grader.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args)
    {
        // First, so that the sandboxed Python starts while .NET loads the rest of the grader.
        Commands.GradeCommand.PrestartServer(args);
        return GraderApp.RunAsync(args, CliContext.FromProcess());
    }
}
