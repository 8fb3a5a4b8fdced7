
namespace Grader.Submissions;

/// <summary>Which problems the submission attempts, from its parsed files.</summary>
public sealed partial class Submission
{
    private List<(PythonFile File, IReadOnlyDictionary<string, int> Functions)> ScanPython(
        List<PythonFile> files, IToolchain toolchain, List<FileIssue> issues)
    {
        var found = new List<(PythonFile, IReadOnlyDictionary<string, int>)>();
        var imports = new HashSet<string>(StringComparer.Ordinal);
        var scans = files.Count == 0
            ? []
            : PythonScanner.Scan(toolchain.Python(), [.. files.Select(f => (f.RelativePath, f.Source, (IReadOnlyList<int>?)f.Notebook?.CodeCells.Select(c => c.Line).ToList()))]);
        for (var i = 0; i < files.Count; i++)
        {
            if (scans[i].Error is { } error)
            {
                issues.Add(files[i].Notebook is { } notebook && scans[i].Line > 0
                    ? FileIssue.NotebookCellSyntax(files[i].RelativePath, notebook.Locate(scans[i].Line), scans[i].Column, error)
                    : new FileIssue(files[i].RelativePath, scans[i].Line, scans[i].Column, error));
                continue;
            }

            // A notebook cell that does not parse costs that cell; the other cells' functions count.
            foreach (var (line, column, message) in scans[i].CellErrors)
            {
                issues.Add(FileIssue.NotebookCellSyntax(files[i].RelativePath, files[i].Notebook!.Locate(line), column, message));
            }

            found.Add((files[i], scans[i].Functions));
            imports.UnionWith(scans[i].Imports);
        }

        PythonImports = imports;

        PythonFiles = found.ToDictionary(f => f.Item1.RelativePath, f => f.Item1, StringComparer.Ordinal);
        return found;
    }

    private Dictionary<string, Attempt> FindAttempts(
        IReadOnlyList<ProblemContract> problems, List<(PythonFile File, IReadOnlyDictionary<string, int> Functions)> python)
    {
        var attempts = new Dictionary<string, Attempt>(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            var inPython = problem.PythonName is { } name ? python.FirstOrDefault(p => p.Functions.ContainsKey(name)) : default;
            if (inPython.File is not null)
            {
                var line = inPython.Functions[problem.PythonName!];
                attempts[problem.Id] = new Attempt(AttemptLanguage.Python, inPython.File.RelativePath, line) { Cell = inPython.File.Notebook?.Locate(line) };
            }
            else if (problem.CSharpName is { } method && CSharp?.Methods.TryGetValue(method, out var found) == true)
            {
                attempts[problem.Id] = new Attempt(AttemptLanguage.CSharp, found.File, found.Line);
            }
            else if (Answers.TryGetValue(problem.Id, out var answer))
            {
                attempts[problem.Id] = new Attempt(AttemptLanguage.Answers, _answersFile!, answer.Line);
            }
        }

        return attempts;
    }
}
