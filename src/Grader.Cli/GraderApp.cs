using Grader.Class;
using Grader.Cli.Commands;
using Grader.Cli.Parsing;
using Grader.Reports;
using Grader.Running;
using Grader.Specs;
using Grader.Submissions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Grader.Cli;

/// <summary>The <c>grader</c> command line: one command class per verb, parsed by Spectre.Console.Cli.</summary>
internal static class GraderApp
{
    /// <summary>Exit code for a run that worked but found failures (verify), and for a command line that does not parse.</summary>
    public const int Failed = 1;

    /// <summary>Exit code for bad input: a spec that does not load, an unknown problem, a missing path.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code for a class run that stopped before it finished (an output could not be written: a full disk); rerun it.</summary>
    public const int Incomplete = 3;

    /// <summary>The verbs and their settings, which say which options take several values (<see cref="ValuesPerToken"/>).</summary>
    private static readonly Dictionary<string, Type> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["list"] = typeof(ListCommand.Settings),
        ["show"] = typeof(ShowCommand.Settings),
        ["verify"] = typeof(VerifyCommand.Settings),
        ["approve"] = typeof(ApproveCommand.Settings),
        ["approve-grades"] = typeof(ApproveGradesCommand.Settings),
        ["grade"] = typeof(GradeCommand.Settings),
        ["merge"] = typeof(MergeCommand.Settings),
        ["bench"] = typeof(BenchCommand.Settings),
        ["handout"] = typeof(HandoutCommand.Settings),
        ["gradescope"] = typeof(GradescopeCommand.Settings),
    };

    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        var app = Create(context);
        try
        {
            if (args.Length == 0)
            {
                await app.RunAsync(["--help"]).ConfigureAwait(false);
                await context.Error.WriteLineAsync(CliMessages.NoCommand).ConfigureAwait(false);
                return Failed;
            }

            var expanded = Verbs.TryGetValue(args[0], out var settings) ? ValuesPerToken.Expand(args, settings) : args;
            return await app.RunAsync(expanded).ConfigureAwait(false);
        }
        catch (CommandAppException e)
        {
            // A command line that does not parse: what is wrong, where, and how to see the options.
            ErrorConsole(context).Write(e.Pretty ?? new Text($"Error: {e.Message}\n"));
            await context.Error.WriteLineAsync(CliMessages.SeeHelp(args.Length > 0 && Verbs.ContainsKey(args[0]) ? args[0] : null)).ConfigureAwait(false);
            return Failed;
        }
        catch (SpecException e)
        {
            await context.Error.WriteLineAsync(e.Render()).ConfigureAwait(false);
            return BadInput;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or UsageException or RunnerException or SubmissionException or ClassException)
        {
            // Messages name paths and submissions, which students choose.
            await context.Error.WriteLineAsync(InertText.Escape($"grader: {e.Message}")).ConfigureAwait(false);
            return BadInput;
        }
    }

    private static CommandApp Create(CliContext context)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.Settings.Registrar.RegisterInstance(context);
            config.SetApplicationName("grader");
            config.SetApplicationVersion(Class.ContentHash.GraderVersion);
            config.ConfigureConsole(context.Console);
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.AddCommand<ListCommand>("list");
            config.AddCommand<ShowCommand>("show");
            config.AddCommand<VerifyCommand>("verify");
            config.AddCommand<ApproveCommand>("approve");
            config.AddCommand<ApproveGradesCommand>("approve-grades").WithExample("approve-grades", "submissions/hw3");
            config.AddCommand<GradeCommand>("grade").WithExample("grade", "submissions/examples", "--out", "out/");
            config.AddCommand<MergeCommand>("merge").WithExample("merge", "out/shard-1", "out/shard-2", "--out", "out/");
            config.AddCommand<BenchCommand>("bench");
            config.AddBranch("course", CourseCommand.Configure);
            config.AddCommand<HandoutCommand>("handout").WithExample("handout", "--student", "12345", "--format", "html");
            config.AddCommand<GradescopeCommand>("gradescope").WithExample("gradescope", "--out", "autograder.zip");
            config.AddCommand<TestCommand>("test");
        });
        return app;
    }

    /// <summary>Parse errors go to standard error, as wide as the console.</summary>
    private static IAnsiConsole ErrorConsole(CliContext context)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Error),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = context.Console.Profile.Width;
        return console;
    }
}
