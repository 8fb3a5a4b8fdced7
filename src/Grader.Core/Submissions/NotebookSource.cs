using System.Globalization;
using System.Text;
using System.Text.Json;

using Grader.Derivations;

namespace Grader.Submissions;

/// <summary>
/// A Jupyter notebook read as the Python of its code cells in order, one line per line of a cell.
/// IPython's syntax (<c>%magic</c>, <c>!shell</c>, <c>x = !cmd</c>, <c>%%cell</c> magics) becomes calls of
/// the worker's <c>get_ipython()</c> on the same line (<see cref="NotebookSyntax"/>), which runs no shell.
/// The worker runs the cells one by one (<see cref="CodeCells"/>), as Jupyter's "Run All" with errors
/// allowed: a cell that raises stops there, and the cells after it still run. Lines are told as the
/// notebook shows them: "cell 9, line 2", cells counted from 1 with Markdown cells included. Only cell
/// types and sources are read; saved outputs (plots can make an honest notebook tens of MB) are skipped
/// unread, so a notebook is judged, and bounded, by its code.
/// </summary>
internal sealed partial class NotebookSource
{
    /// <summary>The whole file, outputs included; beyond this the notebook is not read at all.</summary>
    public const long MaxRawBytes = 64L << 20;

    public const int MaxCells = 10_000;

    private readonly List<int> _cellStarts = [];
    private readonly List<int> _cellNumbers = [];
    private readonly StringBuilder _python = new();
    private int _line = 1;

    private NotebookSource()
    {
    }

    public string Python { get; private set; } = string.Empty;

    /// <summary>Each code cell: its number in the notebook (from 1, every kind of cell counted) and its first line in <see cref="Python"/>.</summary>
    public IReadOnlyList<(int Number, int Line)> CodeCells => [.. _cellNumbers.Zip(_cellStarts)];

    /// <summary>Reads the code cells of a notebook, at most <paramref name="maxCodeChars"/> of them.</summary>
    /// <exception cref="FileRefusedException">the notebook is malformed, or its code is too large.</exception>
    public static NotebookSource Parse(string file, ReadOnlySpan<byte> json, long maxCodeChars)
    {
        var notebook = new NotebookSource();
        var reading = new Reading(file, json.StartsWith("\uFEFF"u8) ? json[3..] : json, maxCodeChars);
        try
        {
            reading.Notebook(notebook);
        }
        catch (JsonException error)
        {
            throw new FileRefusedException(FileIssue.NotANotebook(file, (error.LineNumber ?? 0) + 1, (error.BytePositionInLine ?? 0) + 1, error.Message));
        }
        catch (InvalidOperationException error)
        {
            // Text that is not valid UTF-8 inside a string.
            throw new FileRefusedException(FileIssue.NotANotebook(file, 1, 1, error.Message));
        }

        notebook.Python = notebook._python.ToString();
        return notebook;
    }

    /// <summary>"cell 3, line 2" for a line of <see cref="Python"/>.</summary>
    public string Locate(int line) => CellOf(line) is { } cell
        ? string.Create(CultureInfo.InvariantCulture, $"cell {cell.Number}, line {cell.Line}")
        : string.Create(CultureInfo.InvariantCulture, $"line {line}");

    /// <summary>The cell a line of <see cref="Python"/> is in, and the line within that cell; null before the first.</summary>
    public (int Number, int Line)? CellOf(int line)
    {
        var cell = _cellStarts.FindLastIndex(start => start <= line);
        return cell < 0 ? null : (_cellNumbers[cell], line - _cellStarts[cell] + 1);
    }

    /// <summary>The Markdown cells, numbered as Jupyter shows them (from 1), for the derivations they hold.</summary>
    public IReadOnlyList<NotebookCell> Markdown => _markdown;

    private readonly List<NotebookCell> _markdown = [];

    private long _markdownChars;

    /// <summary>Keeps a Markdown cell while the notebook's Markdown stays within the same budget as its code.</summary>
    private void AddMarkdownCell(int number, string text, long maxChars)
    {
        if ((_markdownChars += text.Length) <= maxChars)
        {
            _markdown.Add(new NotebookCell(number, text));
        }
    }

    /// <returns>false when the code would pass <paramref name="maxCodeChars"/>.</returns>
    private bool AddCodeCell(int number, string text, long maxCodeChars)
    {
        var lines = NotebookSyntax.Transform(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'));
        _cellStarts.Add(_line);
        _cellNumbers.Add(number);
        foreach (var line in lines)
        {
            _python.Append(line).Append('\n');
            _line++;
        }

        return _python.Length <= maxCodeChars;
    }
}
