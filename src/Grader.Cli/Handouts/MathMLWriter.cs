using System.Globalization;
using System.Text;
using Grader.Values;

namespace Grader.Cli.Handouts;

/// <summary>
/// A student's input values as MathML, which browsers render without any script or network
/// (Chromium 109 and later, Firefox, Safari): a block <c>&lt;math&gt;</c> with a bracketed
/// <c>&lt;mtable&gt;</c> for an array, one per item of a list input, an inline one for a scalar.
/// Every text node is escaped.
/// </summary>
internal static class MathMLWriter
{
    /// <summary>One <c>&lt;math&gt;</c> element per array of the input.</summary>
    public static IEnumerable<string> Elements(string name, Value value) =>
        NamedTensor.Split(name, value).Select(Element);

    public static string Element(NamedTensor named)
    {
        var rows = named.Rows();
        var builder = new StringBuilder(named.IsScalar ? "<math>" : "<math display=\"block\">");
        AppendSymbol(builder, named);
        builder.Append("<mo>=</mo>");
        if (named.IsScalar)
        {
            AppendNumber(builder, rows[0][0]);
        }
        else
        {
            builder.Append("<mrow><mo>[</mo><mtable>");
            foreach (var row in rows)
            {
                builder.Append("<mtr>");
                foreach (var cell in row)
                {
                    builder.Append("<mtd>");
                    AppendNumber(builder, cell);
                    builder.Append("</mtd>");
                }

                builder.Append("</mtr>");
            }

            builder.Append("</mtable><mo>]</mo></mrow>");
        }

        return builder.Append("</math>").ToString();
    }

    /// <summary>The name as one identifier (<c>&lt;mi&gt;W1&lt;/mi&gt;</c>), an item with Python's index after it.</summary>
    private static void AppendSymbol(StringBuilder builder, NamedTensor named)
    {
        var symbol = $"<mi>{HandoutText.Html(named.Name)}</mi>";
        if (named.Index.Count == 0)
        {
            builder.Append(symbol);
            return;
        }

        builder.Append("<mrow>").Append(symbol);
        foreach (var index in named.Index)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<mo stretchy=\"false\">[</mo><mn>{index}</mn><mo stretchy=\"false\">]</mo>");
        }

        builder.Append("</mrow>");
    }

    private static void AppendNumber(StringBuilder builder, string plain) => builder.Append(plain switch
    {
        "nan" => "<mi>NaN</mi>",
        "inf" => "<mi>∞</mi>",
        "-inf" => "<mrow><mo>-</mo><mi>∞</mi></mrow>",
        _ => $"<mn>{HandoutText.Html(plain)}</mn>",
    });
}
