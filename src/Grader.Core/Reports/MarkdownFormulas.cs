using Grader.Checking;

namespace Grader.Reports;

/// <summary>
/// The formula answers of a problem in the feedback: each as the student wrote it and as Grader read
/// it (numpy-like), so a misreading is visible; or the error that kept it from being read. Everything
/// here is student text, shown inert in code spans and blocks.
/// </summary>
internal static class MarkdownFormulas
{
    public static void Write(MarkdownWriter md, ProblemScore problem)
    {
        if (problem.Formulas.Count == 0)
        {
            return;
        }

        md.Blank();
        md.Line("Your formulas, as you wrote them and as Grader read them (graded on every case):");
        md.Blank();
        foreach (var formula in problem.Formulas)
        {
            md.Line($"- {MarkdownText.Inline(formula.Output)}: {MarkdownText.CodeSpan(formula.Written)}");
            if (formula.ReadAs is { } readAs)
            {
                md.Line($"  read as {MarkdownText.CodeSpan(readAs)}");
            }
            else
            {
                md.Line("  could not be read:");
                md.Code(formula.Error);
            }
        }
    }
}
