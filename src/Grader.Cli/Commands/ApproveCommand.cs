using System.CommandLine;
using Grader.Reference;
using Grader.Reports;
using Grader.Verification;
using Spectre.Console;

namespace Grader.Cli.Commands;

/// <summary><c>grader approve</c>: freeze the current reference outputs as the verified snapshot.</summary>
internal sealed class ApproveCommand(CliContext context)
{
    internal sealed record Settings(IReadOnlyList<string> ProblemIds, string? Problems);

    public static Command Build(CliContext context)
    {
        var ids = new Argument<string[]>("problem-id") { Description = "The problem(s) whose reference to approve", Arity = ArgumentArity.OneOrMore };
        var problems = CommonOptions.Problems();
        var command = new Command("approve", "Write the current reference outputs as the verified snapshot") { ids, problems };
        command.SetAction(result => new ApproveCommand(context).Execute(new Settings(result.GetValue(ids) ?? [], result.GetValue(problems))));
        return command;
    }

    public int Execute(Settings settings)
    {
        var catalog = CommonOptions.LoadCatalog(context, settings.Problems);
        foreach (var id in settings.ProblemIds)
        {
            var problem = CommonOptions.FindProblem(catalog, id);
            var solution = ProblemSolver.Solve(problem);
            ReferenceSnapshot.Approve(solution, problem.Spec.File.FullPath);
            context.Console.MarkupLine($"approved {InertText.Markup(id)}: {solution.Cases.Count} cases written to {InertText.Markup(ReferenceSnapshot.VerifiedPath(problem.Spec.File.Path))}");
        }

        return 0;
    }
}
