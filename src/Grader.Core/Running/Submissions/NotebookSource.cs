using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Grader.Running;

/// <summary>
/// A Jupyter notebook read as the Python of its code cells in order. IPython-only lines
/// (<c>%magic</c>, <c>!shell</c>) become blank lines so line numbers still match; cells in another
/// language (<c>%%bash</c>, <c>%%html</c>, ...) are blanked whole.
/// </summary>
internal sealed class NotebookSource
{
    private static readonly HashSet<string> ForeignCellMagics =
        ["bash", "sh", "script", "html", "javascript", "js", "latex", "markdown", "svg", "writefile", "perl", "ruby", "capture"];

    private readonly List<int> _cellStarts = [];

    private NotebookSource(string python) => Python = python;

    public string Python { get; private set; }

    /// <exception cref="JsonException">the notebook is not valid JSON.</exception>
    public static NotebookSource Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var notebook = new NotebookSource(string.Empty);
        var builder = new StringBuilder();
        var line = 1;
        if (!document.RootElement.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("the notebook has no list of cells");
        }

        foreach (var cell in cells.EnumerateArray())
        {
            if (!cell.TryGetProperty("cell_type", out var type) || type.GetString() != "code")
            {
                continue;
            }

            var lines = CellText(cell).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            var foreign = lines.Length > 0 && lines[0].StartsWith("%%", StringComparison.Ordinal)
                && ForeignCellMagics.Contains(lines[0][2..].Split(' ')[0].Trim());
            notebook._cellStarts.Add(line);
            foreach (var text in lines)
            {
                var trimmed = text.TrimStart();
                var ipython = foreign || trimmed.StartsWith('%') || trimmed.StartsWith('!');
                builder.Append(ipython ? string.Empty : text).Append('\n');
                line++;
            }
        }

        notebook.Python = builder.ToString();
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

    private static string CellText(JsonElement cell)
    {
        if (!cell.TryGetProperty("source", out var source))
        {
            return string.Empty;
        }

        return source.ValueKind == JsonValueKind.Array
            ? string.Concat(source.EnumerateArray().Select(part => part.GetString()))
            : source.GetString() ?? string.Empty;
    }
}
