using System.Text.RegularExpressions;

namespace Grader.Derivations.Equations;

/// <summary>
/// The macros a write-up defines, found anywhere outside code and HTML (MathJax takes a definition in
/// inline math too), and the ones a chain uses. Macros are never expanded.
/// </summary>
internal static partial class MacroScan
{
    public static void Find(LineIndex lines, IReadOnlyList<(int Start, int End)> hidden, List<MacroDefinition> macros, IssueList issues)
    {
        var next = 0;
        foreach (Match match in Definition().Matches(lines.Text))
        {
            while (next < hidden.Count && hidden[next].End <= match.Index)
            {
                next++;
            }

            if (next < hidden.Count && hidden[next].Start <= match.Index)
            {
                continue;
            }

            var name = match.Groups["name"];
            if (macros.Count >= WriteUpLimits.MaxMacros)
            {
                issues.Add(WriteUpError.TooManyMacros(issues.File, lines.Point(match.Index)));
                return;
            }

            macros.Add(new MacroDefinition(name.Value, lines.Span(name.Index, name.Index + name.Length)));
        }
    }

    /// <summary>The defined macros among the commands of the chain's sides, each once, in order of use.</summary>
    public static IReadOnlyList<string> Used(DerivationChain chain, IReadOnlySet<string> defined) =>
        [.. chain.Sides.SelectMany(side => CommandName().Matches(side.Latex).Select(m => m.Value)).Where(defined.Contains).Distinct()];

    [GeneratedRegex(@"\\(?:(?:re|provide)?newcommand\*?[ \t]*\{?[ \t]*|[gex]?def[ \t]*|DeclareMathOperator\*?[ \t]*\{[ \t]*|let[ \t]*)(?<name>\\[A-Za-z]+)")]
    private static partial Regex Definition();

    [GeneratedRegex(@"\\[A-Za-z]+")]
    private static partial Regex CommandName();
}
