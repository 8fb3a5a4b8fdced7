using System.Globalization;
using System.Text.RegularExpressions;
using Grader.Submissions;

namespace Grader.Running.Exceptions;

/// <summary>
/// A notebook's run told as the notebook shows it: a traceback's frames in the notebook name its cell
/// and the cell's own line (<c>File "homework.ipynb", cell 9, line 2, in f</c>), never a line of the
/// joined cells or of the file's JSON; the cells that raised while the notebook ran are said before
/// the first case's output (where Jupyter shows a cell's error: under it) and in a load error.
/// </summary>
internal sealed partial class StudentFiles
{
    private ProblemRun InNotebookTerms(ProblemRun run, string file, NotebookSource notebook)
    {
        string? Rewrite(string? traceback) => traceback is null ? null : RewriteFrames(traceback, file, notebook);

        var raised = run.CellErrors.Select(e =>
        {
            var cell = notebook.CellOf(e.Line) is { } found ? $"cell {found.Number.ToString(CultureInfo.InvariantCulture)}" : "a cell";
            var sentence = RunMessages.CellRaised(cell, e);
            return e.Traceback is { Length: > 0 } traceback && e.Error is not ("StdinNotImplementedError" or "UsageError")
                ? sentence + "\n" + Rewrite(traceback)!.TrimEnd('\n')
                : sentence;
        }).ToList();

        var cases = run.Cases.Select((c, i) => c with
        {
            Traceback = Rewrite(c.Traceback),
            Stdout = i == 0 && raised.Count > 0 ? string.Join('\n', raised) + "\n" + c.Stdout : c.Stdout,
        }).ToList();
        var loadError = Rewrite(run.LoadError);
        if (loadError is not null && raised.Count > 0)
        {
            loadError = RunMessages.AfterCellsRaised(loadError, raised);
        }

        return run with { Cases = cases, LoadError = loadError };
    }

    /// <summary>Each frame line of <paramref name="traceback"/> in the notebook, as the notebook shows it.</summary>
    private string RewriteFrames(string traceback, string file, NotebookSource notebook) => FrameLine().Replace(traceback, match =>
    {
        if (Relative(match.Groups["file"].Value) != file
            || !int.TryParse(match.Groups["line"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            || notebook.CellOf(line) is not { } cell)
        {
            return match.Value;
        }

        return string.Create(CultureInfo.InvariantCulture, $"  File \"{file}\", cell {cell.Number}, line {cell.Line}{match.Groups["rest"].Value}");
    });

    [GeneratedRegex("""^  File "(?<file>[^"\n]*)", line (?<line>\d{1,9})(?<rest>(?:, in [^\n]*)?)$""", RegexOptions.Multiline)]
    private static partial Regex FrameLine();
}
