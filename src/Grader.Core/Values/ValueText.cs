using System.Globalization;
using System.Text;

namespace Grader.Values;

/// <summary>Formats values for people: numpy-like nested lists with invariant-culture numbers.</summary>
public static class ValueText
{
    /// <summary>Shortest round-trip form ("R") for exactness; special values as numpy prints them.</summary>
    public static string Number(double value, bool isInteger = false)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsPositiveInfinity(value))
        {
            return "inf";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "-inf";
        }

        return isInteger
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A number rounded to <paramref name="significant"/> digits, for feedback text.</summary>
    public static string Short(double value, int significant = 6)
    {
        if (!double.IsFinite(value))
        {
            return Number(value);
        }

        return value.ToString("G" + significant.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    public static string Format(Value value) => value switch
    {
        Tensor tensor => Format(tensor, significant: null),
        TensorList list => "[" + string.Join(", ", list.Items.Select(t => Format(t, null))) + "]",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static string Format(Tensor tensor, int? significant)
    {
        var builder = new StringBuilder();
        var position = 0;
        Append(builder, tensor, 0, ref position, significant);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Tensor tensor, int axis, ref int position, int? significant)
    {
        if (axis == tensor.Rank)
        {
            var x = tensor[position++];
            builder.Append(significant is { } s && !tensor.IsInteger ? Short(x, s) : Number(x, tensor.IsInteger));
            return;
        }

        builder.Append('[');
        for (var i = 0; i < tensor.Shape[axis]; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Append(builder, tensor, axis + 1, ref position, significant);
        }

        builder.Append(']');
    }
}
