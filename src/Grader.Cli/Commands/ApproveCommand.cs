using System.ComponentModel;
using Grader.Reference;
using Grader.Reports;
using Grader.Verification;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

/// <summary><c>grader approve</c>: freeze the current reference outputs as the verified snapshot.</summary>
[Description("Write the current reference outputs as the verified snapshot")]
internal sealed class ApproveCommand(CliContext context) : Command<ApproveCommand.Settings>
{
    internal sealed class Settings : ProblemsSettings
    {
        [CommandArgument(0, "<problem-id>")]
        [Description("The problem(s) whose reference to approve")]
        public string[] ProblemIds { get; init; } = [];
    }

    public override int Execute(CommandContext commandContext, Settings settings)
    {
        var catalog = CatalogLoader.Load(context, settings);
        foreach (var id in settings.ProblemIds)
        {
            var problem = CatalogLoader.FindProblem(catalog, id);
            var solution = ProblemSolver.Solve(problem);
            ReferenceSnapshot.Approve(solution, problem.Spec.File.FullPath);
            context.Console.MarkupLine($"approved {InertText.Markup(id)}: {solution.Cases.Count} cases written to {InertText.Markup(ReferenceSnapshot.VerifiedPath(problem.Spec.File.Path))}");
        }

        return 0;
    }
}
