using Grader.Values;

namespace Grader.Reference.Autodiff;

/// <summary>Plain (untaped) array arithmetic with numpy broadcasting.</summary>
internal static class TensorMath
{
    public static Tensor Add(Tensor a, Tensor b) => Zip(a, b, (x, y) => x + y, "+");

    public static Tensor Scale(Tensor a, double factor) => a.Map(x => x * factor);

    /// <summary>The broadcast shape of two shapes, or null when they cannot be broadcast together.</summary>
    public static int[]? BroadcastShape(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        var rank = Math.Max(a.Count, b.Count);
        var result = new int[rank];
        for (var i = 0; i < rank; i++)
        {
            var da = i < rank - a.Count ? 1 : a[i - (rank - a.Count)];
            var db = i < rank - b.Count ? 1 : b[i - (rank - b.Count)];
            if (da != db && da != 1 && db != 1)
            {
                return null;
            }

            result[i] = da == 1 ? db : da;
        }

        return result;
    }

    /// <summary>For each flat index of <paramref name="to"/>, the flat index of <paramref name="from"/> broadcast to it.</summary>
    public static int[] BroadcastMap(IReadOnlyList<int> from, IReadOnlyList<int> to)
    {
        var rank = to.Count;
        var offset = rank - from.Count;
        var strides = new int[rank];
        var stride = 1;
        for (var d = from.Count - 1; d >= 0; d--)
        {
            strides[d + offset] = from[d] == 1 ? 0 : stride;
            stride *= from[d];
        }

        var map = new int[Tensor.ShapeSize(to)];
        for (var flat = 0; flat < map.Length; flat++)
        {
            var rest = flat;
            var index = 0;
            for (var d = rank - 1; d >= 0; d--)
            {
                index += rest % to[d] * strides[d];
                rest /= to[d];
            }

            map[flat] = index;
        }

        return map;
    }

    /// <summary>Elementwise with broadcasting; integer when both operands are and <paramref name="keepsIntegers"/>.</summary>
    public static Tensor Zip(Tensor a, Tensor b, Func<double, double, double> f, string op, bool keepsIntegers = false)
    {
        var shape = BroadcastShape(a.Shape, b.Shape) ?? throw new ShapeFault(
            $"shapes {Tensor.FormatShape(a.Shape)} and {Tensor.FormatShape(b.Shape)} cannot be broadcast together for '{op}'");
        var mapA = BroadcastMap(a.Shape, shape);
        var mapB = BroadcastMap(b.Shape, shape);
        var sa = a.Span;
        var sb = b.Span;
        var data = new double[mapA.Length];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = f(sa[mapA[i]], sb[mapB[i]]);
        }

        return new Tensor(shape, data, keepsIntegers && a.IsInteger && b.IsInteger);
    }

    /// <summary>Sums a broadcast gradient back to the shape of the operand it came from.</summary>
    public static Tensor SumTo(Tensor g, IReadOnlyList<int> shape)
    {
        if (g.Shape.SequenceEqual(shape))
        {
            return g;
        }

        var map = BroadcastMap(shape, g.Shape);
        var data = new double[Tensor.ShapeSize(shape)];
        var span = g.Span;
        for (var i = 0; i < map.Length; i++)
        {
            data[map[i]] += span[i];
        }

        return new Tensor([.. shape], data);
    }

    /// <summary>Splits a shape around an axis: the index of element (o, k, i) is (o * n + k) * inner + i.</summary>
    public static (int Outer, int N, int Inner) AxisLayout(IReadOnlyList<int> shape, int axis)
    {
        var outer = 1;
        for (var d = 0; d < axis; d++)
        {
            outer *= shape[d];
        }

        var inner = 1;
        for (var d = axis + 1; d < shape.Count; d++)
        {
            inner *= shape[d];
        }

        return (outer, shape[axis], inner);
    }

    public static int[] WithoutAxis(IReadOnlyList<int> shape, int axis) =>
        [.. shape.Where((_, d) => d != axis)];
}
