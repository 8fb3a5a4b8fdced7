using Grader.Reference;
using Grader.Specs;

namespace Grader.Cli.Commands;

/// <summary>Loading the problems a verb names.</summary>
internal static class CatalogLoader
{
    /// <summary>Loads the catalog and prints every spec that failed to load, compiler style.</summary>
    public static ProblemCatalog Load(CliContext context, ProblemsSettings settings)
    {
        var catalog = ProblemCatalog.Load(context.ProblemsDirectory(settings.Problems), context.WorkingDirectory);
        foreach (var error in catalog.Errors)
        {
            context.Error.WriteLine(error.Render());
        }

        return catalog;
    }

    public static CompiledProblem FindProblem(ProblemCatalog catalog, string id) =>
        catalog.Find(id) ?? throw CliMessages.NoProblem(id, catalog.Directory, Suggestions.DidYouMean(id, catalog.Problems.Select(p => p.Id)));
}
