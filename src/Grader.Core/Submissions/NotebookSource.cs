using System.Globalization;
using System.Text;
using System.Text.Json;

using Grader.Derivations;

namespace Grader.Submissions;

/// <summary>
/// A Jupyter notebook read as the Python of its code cells in order. IPython-only lines
/// (<c>%magic</c>, <c>!shell</c>) become blank lines so line numbers still match; cells in another
/// language (<c>%%bash</c>, <c>%%html</c>, ...) are blanked whole. Only cell types and sources are
/// read; saved outputs (plots can make an honest notebook tens of MB) are skipped unread, so a
/// notebook is judged, and bounded, by its code.
/// </summary>
internal sealed partial class NotebookSource
{
    /// <summary>The whole file, outputs included; beyond this the notebook is not read at all.</summary>
    public const long MaxRawBytes = 64L << 20;

    public const int MaxCells = 10_000;

    private static readonly HashSet<string> ForeignCellMagics =
        ["bash", "sh", "script", "html", "javascript", "js", "latex", "markdown", "svg", "writefile", "perl", "ruby", "capture"];

    private readonly List<int> _cellStarts = [];
    private readonly StringBuilder _python = new();
    private int _line = 1;

    private NotebookSource()
    {
    }

    public string Python { get; private set; } = string.Empty;

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
    public string Locate(int line)
    {
        var cell = _cellStarts.FindLastIndex(start => start <= line);
        return cell < 0
            ? string.Create(CultureInfo.InvariantCulture, $"line {line}")
            : string.Create(CultureInfo.InvariantCulture, $"code cell {cell + 1}, line {line - _cellStarts[cell] + 1}");
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
    private bool AddCodeCell(string text, long maxCodeChars)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var foreign = lines.Length > 0 && lines[0].StartsWith("%%", StringComparison.Ordinal)
            && ForeignCellMagics.Contains(lines[0][2..].Split(' ')[0].Trim());
        _cellStarts.Add(_line);
        foreach (var line in lines)
        {
            var trimmed = line.TrimStart();
            var ipython = foreign || trimmed.StartsWith('%') || trimmed.StartsWith('!');
            _python.Append(ipython ? string.Empty : line).Append('\n');
            _line++;
        }

        return _python.Length <= maxCodeChars;
    }
}
