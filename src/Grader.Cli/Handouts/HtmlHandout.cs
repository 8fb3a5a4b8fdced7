using System.Text;
using Grader.Cli.Commands;

namespace Grader.Cli.Handouts;

/// <summary>
/// A student's handout as one self-contained HTML page: no script, no external resource. The
/// problems' Markdown rendered by <see cref="StatementHtml"/>, the student's inputs as MathML
/// (<see cref="MathMLWriter"/>, rendered natively by the browser, offline) and as Python to paste,
/// a small inline style sheet. Every text node from the roster is escaped.
/// </summary>
internal sealed partial class HtmlHandout : IHandoutFormat
{
    public string Name => "html";

    public string Extension => ".html";

    public string Render(StudentHandout handout)
    {
        var student = handout.Student;
        var title = HandoutText.Html(HandoutWording.TitlePrefix + student.Name);
        var builder = new StringBuilder();
        builder.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(title).Append("</title>\n<style>\n").Append(StyleSheet).Append("</style>\n</head>\n<body>\n");
        builder.Append("<header>\n<h1>").Append(title).Append("</h1>\n")
            .Append("<p>").Append(HandoutText.Html(HandoutWording.StudentIdPrefix)).Append("<code>").Append(HandoutText.Html(student.Id)).Append("</code>. ")
            .Append(HandoutText.Html(HandoutWording.Totals(handout))).Append("</p>\n")
            .Append("<p>").Append(HandoutText.Html(HandoutWording.YoursAlone)).Append("</p>\n")
            .Append("<p>").Append(HandoutText.Html(ProblemHandout.ReturnsNote)).Append("</p>\n</header>\n");
        foreach (var problem in handout.Problems)
        {
            AppendProblem(builder, problem);
        }

        return builder.Append("</body>\n</html>\n").ToString();
    }

    private static void AppendProblem(StringBuilder builder, HandoutProblem problem)
    {
        var statement = new StringBuilder();
        ProblemHandout.AppendStatement(statement, problem.Problem);
        builder.Append("<section>\n").Append(StatementHtml.Render(statement.ToString()));
        if (problem.Inputs.Count > 0)
        {
            builder.Append("<p class=\"inputs\">").Append(HandoutText.Html(HandoutWording.InputsHeading(problem))).Append("</p>\n");
            foreach (var (name, value) in problem.Inputs)
            {
                foreach (var named in NamedTensor.Split(name, value))
                {
                    var math = MathMLWriter.Element(named);
                    builder.Append(named.IsScalar ? "<p>" + math + "</p>" : math).Append('\n');
                }
            }

            builder.Append("<p>").Append(HandoutText.Html(HandoutWording.PythonIntro)).Append("</p>\n")
                .Append("<pre><code class=\"language-python\">").Append(HandoutText.Html(PythonValue.Block(problem.Inputs), keepLineBreaks: true)).Append("</code></pre>\n");
        }

        builder.Append("</section>\n");
    }
}
