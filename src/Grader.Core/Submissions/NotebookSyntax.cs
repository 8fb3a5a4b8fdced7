using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Submissions;

/// <summary>
/// A code cell's IPython syntax turned into Python line for line, as IPython's own input transformers
/// do: <c>!cmd</c> becomes <c>get_ipython().system('cmd')</c>, <c>x = !cmd</c>
/// <c>x = get_ipython().getoutput('cmd')</c>, <c>%magic args</c> <c>get_ipython().run_line_magic('magic', 'args')</c>,
/// <c>obj?</c> a help request, and a cell magic <c>%%name args</c> a call of
/// <c>run_cell_magic</c>. The worker's <c>get_ipython()</c> (<c>grader_worker/notebook.py</c>) runs no
/// shell. A cell magic that runs its body as Python (<c>%%time</c>, <c>%%capture</c>, …) keeps its body as
/// code, so its functions are found and defined; any other gets its body as a string, one line per line.
/// Every line stays on its line, so a traceback's line is the cell's.
/// </summary>
internal static partial class NotebookSyntax
{
    /// <summary>Cell magics whose body IPython runs as the notebook's own Python.</summary>
    private static readonly HashSet<string> PythonCellMagics = ["time", "timeit", "capture", "prun", "debug"];

    public static string[] Transform(string[] lines)
    {
        var result = new string[lines.Length];
        if (lines.Length > 0 && CellMagic().Match(lines[0]) is { Success: true } cell)
        {
            var name = cell.Groups["name"].Value;
            var args = cell.Groups["args"].Value.Trim();
            if (PythonCellMagics.Contains(name))
            {
                result[0] = $"get_ipython().run_cell_magic({Literal(name)}, {Literal(args)}, None)";
                Array.Copy(lines, 1, result, 1, lines.Length - 1);
                return result;
            }

            // The body as one string, a literal per line, inside the call's parentheses.
            var body = lines.Length - 1;
            result[0] = $"get_ipython().run_cell_magic({Literal(name)}, {Literal(args)}, " + (body == 0 ? "'')" : "(");
            for (var i = 1; i < lines.Length; i++)
            {
                result[i] = Literal(lines[i] + "\n") + (i == lines.Length - 1 ? "))" : string.Empty);
            }

            return result;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            result[i] = Line(lines[i]);
        }

        return result;
    }

    private static string Line(string line)
    {
        if (Shell().Match(line) is { Success: true } shell)
        {
            var call = shell.Groups["bang"].Length == 2 ? "getoutput" : "system";
            return $"{shell.Groups["indent"].Value}get_ipython().{call}({Literal(shell.Groups["cmd"].Value.Trim())})";
        }

        if (LineMagic().Match(line) is { Success: true } magic)
        {
            return $"{magic.Groups["indent"].Value}{Magic(magic.Groups["name"].Value, magic.Groups["args"].Value)}";
        }

        if (Assigned().Match(line) is { Success: true } assigned)
        {
            var value = assigned.Groups["escape"].Value == "!"
                ? $"get_ipython().getoutput({Literal(assigned.Groups["rest"].Value.TrimStart('!').Trim())})"
                : MagicOf(assigned.Groups["rest"].Value);
            if (value is not null)
            {
                return $"{assigned.Groups["indent"].Value}{assigned.Groups["target"].Value.TrimEnd()} = {value}";
            }
        }

        if (Help().Match(line) is { Success: true } help)
        {
            return $"{help.Groups["indent"].Value}get_ipython().run_line_magic('pinfo', {Literal(help.Groups["name"].Value)})";
        }

        return line;
    }

    /// <summary><c>name args</c> after a <c>%</c>, as a call; null when it is no magic.</summary>
    private static string? MagicOf(string text)
    {
        var match = MagicText().Match(text);
        return match.Success ? Magic(match.Groups["name"].Value, match.Groups["args"].Value) : null;
    }

    private static string Magic(string name, string args) =>
        $"get_ipython().run_line_magic({Literal(name)}, {Literal(args.Trim())})";

    /// <summary>A Python string literal of <paramref name="text"/>: quotes, backslashes and controls escaped.</summary>
    internal static string Literal(string text)
    {
        var literal = new StringBuilder("'", text.Length + 2);
        foreach (var c in text)
        {
            literal.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' or '\u007f' => $"\\x{(int)c:x2}",
                _ when char.IsSurrogate(c) || c is '\u2028' or '\u2029' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return literal.Append('\'').ToString();
    }

    [GeneratedRegex(@"^%%(?<name>[A-Za-z_][\w]*)(?<args>.*)$")]
    private static partial Regex CellMagic();

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<bang>!!?)(?<cmd>.*)$")]
    private static partial Regex Shell();

    [GeneratedRegex(@"^(?<indent>[ \t]*)%(?<name>[A-Za-z_][\w]*)(?<args>.*)$")]
    private static partial Regex LineMagic();

    [GeneratedRegex(@"^%(?<name>[A-Za-z_][\w]*)(?<args>.*)$")]
    private static partial Regex MagicText();

    /// <summary><c>target = !cmd</c> or <c>target = %magic</c>: a target of names, attributes, subscripts and commas.</summary>
    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<target>[A-Za-z_][\w.,\[\]'"" \t()*]*?)[ \t]*=[ \t]*(?<rest>(?<escape>[!%]).*)$")]
    private static partial Regex Assigned();

    /// <summary><c>obj?</c>, <c>obj??</c>, <c>?obj</c>: help, which shows nothing here.</summary>
    [GeneratedRegex(@"^(?<indent>[ \t]*)(?:\?{1,2}[ \t]*(?<name>[A-Za-z_][\w.]*)|(?<name>[A-Za-z_][\w.]*)[ \t]*\?{1,2})[ \t]*$")]
    private static partial Regex Help();
}
