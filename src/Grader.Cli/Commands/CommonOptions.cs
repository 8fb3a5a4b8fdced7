using System.CommandLine;
using Grader.Reference;
using Grader.Specs;

namespace Grader.Cli.Commands;

/// <summary>Options several verbs share, and loading the problems they name.</summary>
internal static class CommonOptions
{
    public static Option<string?> Problems() => new("--problems", "-p")
    {
        Description = "Folder of problem specs (default: ./problems, else the one beside the grader)",
    };

    /// <summary>Loads the catalog and prints every spec that failed to load, compiler style.</summary>
    public static ProblemCatalog LoadCatalog(CliContext context, string? problemsOption)
    {
        var catalog = ProblemCatalog.Load(context.ProblemsDirectory(problemsOption), context.WorkingDirectory);
        foreach (var error in catalog.Errors)
        {
            context.Error.WriteLine(error.Render());
        }

        return catalog;
    }

    public static Grader.Reference.CompiledProblem FindProblem(ProblemCatalog catalog, string id) =>
        catalog.Find(id) ?? throw new UsageException(
            $"no problem '{id}' in {catalog.Directory}{Suggestions.DidYouMean(id, catalog.Problems.Select(p => p.Id))}; ./grader list shows them");
}
