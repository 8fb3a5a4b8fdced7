using System.Text;
using Grader.Values;

namespace Grader.Cli.Handouts;

/// <summary>
/// A student's inputs as Python they can paste: <c>X = np.array([[0.6, -1.0], …])</c>, a scalar as a
/// number, a list input as a list of arrays. Floats always carry a decimal point, so numpy makes
/// float arrays; integer inputs (labels, sizes) stay integers.
/// </summary>
internal static class PythonValue
{
    /// <summary>The code block's text: the numpy import, then one assignment per input.</summary>
    public static string Block(IEnumerable<KeyValuePair<string, Value>> inputs)
    {
        var builder = new StringBuilder("import numpy as np\n\n");
        foreach (var (name, value) in inputs)
        {
            builder.Append(name).Append(" = ").Append(Literal(value)).Append('\n');
        }

        return builder.ToString();
    }

    public static string Literal(Value value) => value switch
    {
        TensorList list => "[" + string.Join(", ", list.Items.Select(Literal)) + "]",
        Tensor { IsScalar: true } scalar => Number(scalar, 0),
        Tensor tensor => "np.array(" + Nested(tensor) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static string Nested(Tensor tensor)
    {
        var builder = new StringBuilder();
        var position = 0;
        Append(builder, tensor, 0, ref position);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Tensor tensor, int axis, ref int position)
    {
        if (axis == tensor.Rank)
        {
            builder.Append(Number(tensor, position++));
            return;
        }

        builder.Append('[');
        for (var i = 0; i < tensor.Shape[axis]; i++)
        {
            builder.Append(i > 0 ? ", " : string.Empty);
            Append(builder, tensor, axis + 1, ref position);
        }

        builder.Append(']');
    }

    private static string Number(Tensor tensor, int position) =>
        tensor.IsInteger ? HandoutNumber.Plain(tensor[position], isInteger: true) : HandoutNumber.PythonFloat(tensor[position]);
}
