namespace Grader.Reports;

/// <summary>
/// How one report format writes the parts of a formula answer, each made inert its own way: the
/// output's name, a formula (as written, as read) and the error that kept a formula from being read,
/// as the lines to write under it.
/// </summary>
internal sealed record FormulaStyle(Func<string, string> Name, Func<string, string> Formula, Func<string, IEnumerable<string>> Error)
{
    /// <summary>Plain text (terminal, Gradescope, JUnit): controls shown escaped, the error's lines indented under its formula.</summary>
    public static readonly FormulaStyle Plain = new(
        name => InertText.Escape(name),
        formula => InertText.Escape(formula),
        error => error.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Select(line => "    " + InertText.Escape(line)));
}
