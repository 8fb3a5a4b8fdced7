using System.CommandLine;
using Grader.Cli.Commands;
using Grader.Reports;
using Grader.Running;
using Grader.Specs;

namespace Grader.Cli;

/// <summary>The <c>grader</c> command line: one command class per verb.</summary>
internal static class GraderApp
{
    /// <summary>Exit code for a run that worked but found failures (verify) — distinct from bad usage.</summary>
    public const int Failed = 1;

    /// <summary>Exit code for bad input: a spec that does not load, an unknown problem, a missing path.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code for a class run that stopped before it finished (an output could not be written: a full disk); rerun it.</summary>
    public const int Incomplete = 3;

    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        var root = new RootCommand("Grader: grades gradient (backpropagation) homework against references derived from YAML problem specs.");
        root.Subcommands.Add(ListCommand.Build(context));
        root.Subcommands.Add(ShowCommand.Build(context));
        root.Subcommands.Add(VerifyCommand.Build(context));
        root.Subcommands.Add(ApproveCommand.Build(context));
        root.Subcommands.Add(GradeCommand.Build(context));
        root.Subcommands.Add(MergeCommand.Build(context));
        root.Subcommands.Add(BenchCommand.Build(context));
        // Ctrl-C cancels the command's token; the command then has this long to say what it kept (class
        // mode) before the process ends with 130 (without it, Ctrl-C ended the process silently).
        var configuration = new InvocationConfiguration
        {
            Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(10),
        };
        try
        {
            return await root.Parse(args).InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (SpecException e)
        {
            await context.Error.WriteLineAsync(e.Render()).ConfigureAwait(false);
            return BadInput;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or UsageException or Running.RunnerException)
        {
            // Messages name paths and submissions, which students choose.
            await context.Error.WriteLineAsync(InertText.Escape($"grader: {e.Message}")).ConfigureAwait(false);
            return BadInput;
        }
    }
}
