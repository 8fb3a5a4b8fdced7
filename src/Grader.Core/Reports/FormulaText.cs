using Grader.Checking;

namespace Grader.Reports;

/// <summary>
/// A problem's formula answers as every report shows them: each as the student wrote it and as Grader
/// read it (numpy-like), so a misreading is visible to the student and the instructor; or the error
/// that kept it from being read. The sentences live here once; a <see cref="FormulaStyle"/> makes the
/// student's text inert for its format.
/// </summary>
internal static class FormulaText
{
    public const string Heading = "Your formulas, as you wrote them and as Grader read them (graded on every case):";

    public const string ReadAs = "read as";

    public const string Unreadable = "could not be read:";

    /// <summary>The list under <see cref="Heading"/>: per formula its output and the formula as written, then how it was read or why it could not be.</summary>
    public static IEnumerable<string> Items(ProblemScore problem, FormulaStyle style)
    {
        foreach (var formula in problem.Formulas)
        {
            yield return $"- {style.Name(formula.Output)}: {style.Formula(formula.Written)}";
            if (formula.ReadAs is { } readAs)
            {
                yield return $"  {ReadAs} {style.Formula(readAs)}";
                continue;
            }

            yield return $"  {Unreadable}";
            foreach (var line in style.Error(formula.Error ?? ""))
            {
                yield return line;
            }
        }
    }

    /// <summary>The heading and the list as plain text, every line inert on a terminal; empty when the problem has no formulas.</summary>
    public static string Plain(ProblemScore problem) =>
        string.Join("\n", new[]
        {
            problem.Formulas.Count == 0 ? "" : string.Join("\n", Items(problem, FormulaStyle.Plain).Prepend(Heading)),
            DerivationText.Plain(problem),
        }.Where(part => part.Length > 0));

    /// <summary>
    /// A case's text in a format of one entry per case (Gradescope, JUnit), led by the formulas (in plain
    /// text) when this is the case that shows them: the first public case, which the student sees in
    /// full, or else the first case.
    /// </summary>
    public static string Leading(ProblemScore problem, CaseScore @case, string text)
    {
        var shownWith = problem.Cases.FirstOrDefault(c => !c.Hidden) ?? problem.Cases.FirstOrDefault();
        if ((problem.Formulas.Count == 0 && problem.Derivations.Count == 0) || !ReferenceEquals(@case, shownWith))
        {
            return text;
        }

        return text.Length == 0 ? Plain(problem) : Plain(problem) + "\n\n" + text;
    }
}
