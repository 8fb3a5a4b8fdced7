using System.ComponentModel;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

/// <summary>The option of every verb that reads the problems.</summary>
internal class ProblemsSettings : CommandSettings
{
    [CommandOption("-p|--problems <DIR>")]
    [Description("Folder of problem specs (default: ./problems, else the one beside the grader)")]
    public string? Problems { get; init; }
}
