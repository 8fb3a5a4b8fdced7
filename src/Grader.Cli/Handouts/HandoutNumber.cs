using System.Globalization;
using System.Text;
using Grader.Values;

namespace Grader.Cli.Handouts;

/// <summary>
/// A number as a handout prints it: exactly (the shortest round-trip digits), in plain decimal
/// notation, never <c>1E-05</c>, so LaTeX, MathML and Python all show the same digits a student types.
/// </summary>
internal static class HandoutNumber
{
    /// <summary><c>-0.7</c>, <c>784</c>, <c>0.00001</c>; <c>nan</c>, <c>inf</c>, <c>-inf</c> as numpy prints them.</summary>
    public static string Plain(double value, bool isInteger = false)
    {
        var text = ValueText.Number(value, isInteger);
        var exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        return exponentAt < 0 ? text : Expand(text[..exponentAt], int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    /// <summary>A Python float literal: integral values keep a <c>.0</c>, so <c>np.array</c> makes floats, not ints.</summary>
    public static string PythonFloat(double value) => value switch
    {
        double.NaN => "np.nan",
        double.PositiveInfinity => "np.inf",
        double.NegativeInfinity => "-np.inf",
        _ when Plain(value) is var text && text.Contains('.', StringComparison.Ordinal) => text,
        _ => Plain(value) + ".0",
    };

    /// <summary>The mantissa's digits moved by the exponent: <c>1.5</c>, 20 → <c>150000000000000000000</c>; <c>1</c>, -5 → <c>0.00001</c>.</summary>
    private static string Expand(string mantissa, int exponent)
    {
        var negative = mantissa.StartsWith('-');
        var unsigned = negative ? mantissa[1..] : mantissa;
        var point = unsigned.IndexOf('.', StringComparison.Ordinal);
        var digits = unsigned.Replace(".", string.Empty, StringComparison.Ordinal);
        var integerDigits = (point < 0 ? unsigned.Length : point) + exponent;
        var builder = new StringBuilder(negative ? "-" : string.Empty);
        if (integerDigits <= 0)
        {
            builder.Append("0.").Append('0', -integerDigits).Append(digits);
        }
        else if (integerDigits >= digits.Length)
        {
            builder.Append(digits).Append('0', integerDigits - digits.Length);
        }
        else
        {
            builder.Append(digits, 0, integerDigits).Append('.').Append(digits, integerDigits, digits.Length - integerDigits);
        }

        return builder.ToString();
    }
}
