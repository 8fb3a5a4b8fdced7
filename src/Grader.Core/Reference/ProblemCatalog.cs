using Grader.Specs;

namespace Grader.Reference;

/// <summary>
/// The problems of a folder (<c>problems/*.yaml</c>), compiled, in the catalogue's order. A spec
/// that fails to load is kept as an error; the others still load.
/// </summary>
public sealed class ProblemCatalog
{
    private ProblemCatalog(string directory, IReadOnlyList<CompiledProblem> problems, IReadOnlyList<SpecException> errors)
    {
        Directory = directory;
        Problems = problems;
        Errors = errors;
    }

    public string Directory { get; }

    public IReadOnlyList<CompiledProblem> Problems { get; }

    public IReadOnlyList<SpecException> Errors { get; }

    /// <param name="displayBase">Paths in messages are shown relative to this folder (the user's working directory).</param>
    public static ProblemCatalog Load(string directory, string? displayBase = null)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"no problems folder at {directory}; pass --problems DIR");
        }

        var files = System.IO.Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal).ToList();
        return LoadFiles(directory, files, displayBase);
    }

    public static ProblemCatalog LoadFiles(string directory, IEnumerable<string> files, string? displayBase = null)
    {
        var problems = new List<CompiledProblem>();
        var errors = new List<SpecException>();
        foreach (var file in files)
        {
            try
            {
                var problem = CompiledProblem.Compile(SpecLoader.LoadFile(file, DisplayPath(file, displayBase ?? Environment.CurrentDirectory)));
                if (problems.FirstOrDefault(p => p.Id == problem.Id) is { } twin)
                {
                    errors.Add(new SpecException(new SourceLocation(problem.Spec.File.Path, 1, 1), $"a second problem with id '{problem.Id}' (also in {twin.Spec.File.Path})", "give each problem its own id"));
                    continue;
                }

                problems.Add(problem);
            }
            catch (SpecException e)
            {
                errors.Add(e);
            }
        }

        return new ProblemCatalog(directory, [.. problems.OrderBy(p => p.Spec.Order).ThenBy(p => p.Id, StringComparer.Ordinal)], errors);
    }

    public CompiledProblem? Find(string id) => Problems.FirstOrDefault(p => p.Id == id);

    /// <summary>Paths relative to the working directory read better in messages than absolute ones.</summary>
    private static string DisplayPath(string file, string displayBase)
    {
        var relative = Path.GetRelativePath(displayBase, file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative;
    }
}
