using System.Text;
using Grader.Cli.Commands;
using Grader.Reports;

namespace Grader.Cli.Handouts;

/// <summary>
/// A student's handout in Markdown: who it is for, then each problem as the catalogue's handout
/// words it (statement, signatures, inputs; <see cref="ProblemHandout.AppendStatement"/>) followed by
/// the student's own inputs, as LaTeX math and as Python to paste. Never an expected output.
/// </summary>
internal sealed class MarkdownHandout : IHandoutFormat
{
    public string Name => "md";

    public string Extension => ".md";

    public string Render(StudentHandout handout)
    {
        var student = handout.Student;
        var builder = new StringBuilder();
        builder.Append("# ").Append(HandoutWording.TitlePrefix).Append(HandoutText.Markdown(student.Name)).Append("\n\n");
        builder.Append(HandoutWording.StudentIdPrefix).Append(HandoutText.MarkdownCode(student.Id)).Append(". ")
            .Append(HandoutWording.Totals(handout)).Append("\n\n");
        builder.Append(HandoutWording.YoursAlone).Append("\n\n");
        builder.Append(ProblemHandout.ReturnsNote).Append("\n\n");
        foreach (var problem in handout.Problems)
        {
            builder.Append(Section(problem));
        }

        return builder.ToString();
    }

    /// <summary>One problem's part: the statement every student shares, then the student's own inputs.</summary>
    public static string Section(HandoutProblem problem)
    {
        var builder = new StringBuilder();
        ProblemHandout.AppendStatement(builder, problem.Problem);
        if (problem.Inputs.Count == 0)
        {
            return builder.ToString();
        }

        builder.Append(HandoutWording.InputsHeading(problem)).Append("\n\n");
        foreach (var (name, value) in problem.Inputs)
        {
            foreach (var paragraph in LatexValue.Paragraphs(name, value))
            {
                builder.Append(paragraph).Append("\n\n");
            }
        }

        var python = PythonValue.Block(problem.Inputs);
        var fence = MarkdownText.BlockFence(python);
        builder.Append(HandoutWording.PythonIntro).Append("\n\n");
        builder.Append(fence).Append("python\n").Append(python).Append(fence).Append("\n\n");
        return builder.ToString();
    }
}
