using Grader.Checking;

namespace Grader.Reports;

/// <summary>The derivations of a problem in the feedback (<see cref="DerivationText"/>), student text inert in Markdown.</summary>
internal static class MarkdownDerivations
{
    public static void Write(MarkdownWriter md, ProblemScore problem)
    {
        if (problem.Derivations.Count == 0)
        {
            return;
        }

        md.Blank();
        md.Line(DerivationText.Heading);
        md.Blank();
        foreach (var line in DerivationText.Items(problem, MarkdownText.Inline))
        {
            md.Line(line);
        }
    }
}
