using Spectre.Console;

namespace Grader.Cli;

/// <summary>
/// Where a command writes and where it is: the rich console for tables and messages, plain
/// writers for machine-readable output (JSON, CSV) that must not be wrapped, and the folders it
/// resolves relative paths against. Tests build one over string writers.
/// </summary>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Out, TextWriter Error, string WorkingDirectory, string? Home, bool IsTerminal)
{
    public static CliContext FromProcess()
    {
        var interactive = !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(System.Console.Out),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Piped output is read by programs and logs: don't wrap it at a made-up 80 columns.
            console.Profile.Width = 200;
        }

        return new CliContext(console, System.Console.Out, System.Console.Error, Environment.CurrentDirectory, Environment.GetEnvironmentVariable("GRADER_HOME"), interactive);
    }

    /// <summary>A context over fixed-width string writers, for tests.</summary>
    public static CliContext ForTest(StringWriter output, StringWriter error, string workingDirectory, int width = 120)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        return new CliContext(console, output, error, workingDirectory, null, IsTerminal: false);
    }

    /// <summary>A path given on the command line, made absolute against the working directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));

    /// <summary>A path as the user would type it here: relative to the working directory when it is under it.</summary>
    public string Shown(string path)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    /// <summary>The problems folder: the option if given, else ./problems, else the one beside the grader.</summary>
    public string ProblemsDirectory(string? option)
    {
        if (option is not null)
        {
            return Resolve(option);
        }

        var local = Resolve("problems");
        return Directory.Exists(local) || Home is null ? local : Path.Combine(Home, "problems");
    }

    /// <summary>The submissions folder: the argument if given, else ./submissions, else the one beside the grader.</summary>
    public string SubmissionsDirectory(string? argument)
    {
        if (argument is not null)
        {
            return Resolve(argument);
        }

        var local = Resolve("submissions");
        return Directory.Exists(local) || Home is null ? local : Path.Combine(Home, "submissions");
    }
}
