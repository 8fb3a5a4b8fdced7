using System.Globalization;
using Grader.Values;

namespace Grader.Reference.Autodiff;

internal static partial class Ops
{
    /// <summary>The sum of all elements (axis null) or along one axis, which disappears (numpy's <c>sum</c>).</summary>
    public static Node Sum(Node x, int? axis) => Reduce(x, axis, mean: false);

    public static Node Mean(Node x, int? axis) => Reduce(x, axis, mean: true);

    /// <summary>Checks an axis against a rank and makes it non-negative.</summary>
    public static int NormalizeAxis(int axis, IReadOnlyList<int> shape)
    {
        var normal = axis < 0 ? axis + shape.Count : axis;
        if (normal < 0 || normal >= shape.Count)
        {
            throw new ShapeFault(string.Create(
                CultureInfo.InvariantCulture,
                $"axis {axis} is out of range for an array of shape {Tensor.FormatShape(shape)}"));
        }

        return normal;
    }

    private static Node Reduce(Node x, int? axis, bool mean)
    {
        var input = x.Value;
        if (axis is null)
        {
            var total = 0.0;
            foreach (var v in input.Span)
            {
                total += v;
            }

            var scale = mean ? 1.0 / input.Count : 1.0;
            var keepsInteger = input.IsInteger && !mean;
            return Node.Operation(new Tensor([], [total * scale], keepsInteger), [x], g =>
                [Tensor.Filled(input.ShapeArray(), g.ScalarValue * scale)]);
        }

        var a = NormalizeAxis(axis.Value, input.Shape);
        var (outer, n, inner) = TensorMath.AxisLayout(input.Shape, a);
        var factor = mean ? 1.0 / n : 1.0;
        var data = new double[outer * inner];
        var span = input.Span;
        for (var o = 0; o < outer; o++)
        {
            for (var k = 0; k < n; k++)
            {
                for (var i = 0; i < inner; i++)
                {
                    data[(o * inner) + i] += span[(((o * n) + k) * inner) + i] * factor;
                }
            }
        }

        var value = new Tensor(TensorMath.WithoutAxis(input.Shape, a), data, input.IsInteger && !mean);
        return Node.Operation(value, [x], g => [SpreadAlong(g, input.Shape, a, (_, gi) => gi * factor)]);
    }

    /// <summary>
    /// The gradient of a reduction along an axis: each element gets f(flat index, gradient of its lane).
    /// </summary>
    private static Tensor SpreadAlong(Tensor g, IReadOnlyList<int> shape, int axis, Func<int, double, double> f)
    {
        var (outer, n, inner) = TensorMath.AxisLayout(shape, axis);
        var data = new double[outer * n * inner];
        var gs = g.Span;
        for (var o = 0; o < outer; o++)
        {
            for (var k = 0; k < n; k++)
            {
                for (var i = 0; i < inner; i++)
                {
                    var flat = (((o * n) + k) * inner) + i;
                    data[flat] = f(flat, gs[(o * inner) + i]);
                }
            }
        }

        return new Tensor([.. shape], data);
    }
}
