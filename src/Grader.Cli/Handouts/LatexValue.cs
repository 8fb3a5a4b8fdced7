using System.Globalization;
using System.Text;
using Grader.Values;

namespace Grader.Cli.Handouts;

/// <summary>
/// A student's input values as LaTeX math for a Markdown handout: display math
/// (<c>$$ X = \begin{bmatrix} … \end{bmatrix} $$</c>) for an array, one block per item of a list
/// input, and inline math for a scalar.
/// </summary>
internal static class LatexValue
{
    /// <summary>One Markdown paragraph per array of the input.</summary>
    public static IEnumerable<string> Paragraphs(string name, Value value) =>
        NamedTensor.Split(name, value).Select(Paragraph);

    public static string Paragraph(NamedTensor named)
    {
        var rows = named.Rows();
        if (named.IsScalar)
        {
            return $"${Symbol(named)} = {Number(rows[0][0])}$";
        }

        var body = string.Join(@" \\ ", rows.Select(row => string.Join(" & ", row.Select(Number))));
        return $@"$$ {Symbol(named)} = \begin{{bmatrix}} {body} \end{{bmatrix}} $$";
    }

    /// <summary>
    /// The input's name: a single letter as a math variable (<c>X</c>), a longer name upright
    /// (<c>\mathrm{W1}</c>, <c>\mathrm{batch\_size}</c>), an item with Python's index (<c>\mathrm{weights}[0]</c>).
    /// Names are identifiers; anything else in one is shown as <c>?</c>, never read as LaTeX.
    /// </summary>
    public static string Symbol(NamedTensor named)
    {
        var builder = new StringBuilder();
        if (named.Name.Length == 1 && char.IsAsciiLetter(named.Name[0]))
        {
            builder.Append(named.Name);
        }
        else
        {
            builder.Append(@"\mathrm{");
            foreach (var c in named.Name)
            {
                builder.Append(c switch
                {
                    '_' => @"\_",
                    _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                    _ => "?",
                });
            }

            builder.Append('}');
        }

        foreach (var index in named.Index)
        {
            builder.Append(CultureInfo.InvariantCulture, $"[{index}]");
        }

        return builder.ToString();
    }

    private static string Number(string plain) => plain switch
    {
        "nan" => @"\mathrm{nan}",
        "inf" => @"\infty",
        "-inf" => @"-\infty",
        _ => plain,
    };
}
