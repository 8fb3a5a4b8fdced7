using Grader.Checking;

namespace Grader.Reports;

/// <summary>
/// The formula answers of a problem in the feedback (<see cref="FormulaText"/>): the output's name as
/// inert text, the formulas in code spans, the error that kept one from being read in a code block.
/// </summary>
internal static class MarkdownFormulas
{
    private static readonly FormulaStyle Style = new(
        MarkdownText.Inline,
        formula => MarkdownText.CodeSpan(formula),
        MarkdownWriter.CodeLines);

    public static void Write(MarkdownWriter md, ProblemScore problem)
    {
        if (problem.Formulas.Count == 0)
        {
            return;
        }

        md.Blank();
        md.Line(FormulaText.Heading);
        md.Blank();
        foreach (var line in FormulaText.Items(problem, Style))
        {
            md.Line(line);
        }
    }
}
