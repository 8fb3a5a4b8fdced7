using System.ComponentModel;
using System.Diagnostics;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader test</c>: Grader's own test suite. The <c>./grader</c> script runs it before the command
/// line starts (it installs the test prerequisites and passes extra arguments to <c>dotnet test</c>);
/// this verb is what <c>--help</c> lists, and hands a direct call of the CLI back to that script.
/// </summary>
[Description("Run Grader's own test suite: ./grader test, then any dotnet test options (installs the test prerequisites first)")]
internal sealed class TestCommand(CliContext context) : Command<TestCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
    }

    public override int Execute(CommandContext commandContext, Settings settings)
    {
        var script = context.Home is { } home ? Path.Combine(home, "grader") : null;
        if (script is null || !File.Exists(script))
        {
            throw CliMessages.TestNeedsTheScript();
        }

        using var process = Process.Start(new ProcessStartInfo(script, ["test"]) { UseShellExecute = false })!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
