using System.Globalization;
using Grader.Values;

namespace Grader.Reference.Autodiff;

internal static partial class Ops
{
    /// <summary><c>x[start:stop]</c> along the first axis, clamped as Python does.</summary>
    public static Node Slice(Node x, int? start, int? stop)
    {
        if (x.Value.Rank == 0)
        {
            throw new ShapeFault("a scalar cannot be sliced");
        }

        var n = x.Shape[0];
        var s = Clamp(start ?? 0, n);
        var e = Math.Max(s, Clamp(stop ?? n, n));
        var row = x.Value.Count / Math.Max(1, n);
        var shape = x.Value.ShapeArray();
        shape[0] = e - s;
        var value = new Tensor(shape, x.Value.Span.Slice(s * row, (e - s) * row).ToArray(), x.IsInteger);
        return Node.Operation(value, [x], g =>
        {
            var data = new double[x.Value.Count];
            g.Span.CopyTo(data.AsSpan(s * row));
            return [new Tensor(x.Value.ShapeArray(), data)];
        });
    }

    /// <summary><c>x[i]</c>: the i-th row (a negative i counts from the end).</summary>
    public static Node Row(Node x, int index)
    {
        if (x.Value.Rank == 0)
        {
            throw new ShapeFault("a scalar cannot be indexed");
        }

        var n = x.Shape[0];
        var i = index < 0 ? index + n : index;
        if (i < 0 || i >= n)
        {
            throw new ShapeFault(string.Create(CultureInfo.InvariantCulture, $"index {index} is out of range for an axis of length {n}"));
        }

        var row = x.Value.Count / n;
        var value = new Tensor([.. x.Shape.Skip(1)], x.Value.Span.Slice(i * row, row).ToArray(), x.IsInteger);
        return Node.Operation(value, [x], g =>
        {
            var data = new double[x.Value.Count];
            g.Span.CopyTo(data.AsSpan(i * row));
            return [new Tensor(x.Value.ShapeArray(), data)];
        });
    }

    /// <summary>pick(Z, y) = Z[i, y_i] for a matrix Z and labels y; Z[y] for a vector and one label.</summary>
    public static Node Pick(Node z, Node y)
    {
        var (zv, yv) = (z.Value, y.Value);
        var fits = (zv.Rank == 2 && yv.Rank == 1 && yv.Count == zv.Shape[0]) || (zv.Rank == 1 && yv.Rank == 0);
        if (!fits)
        {
            throw new ShapeFault(
                $"pick needs a matrix (N, K) with labels (N,), or a vector with one label; got shapes {Tensor.FormatShape(zv.Shape)} and {Tensor.FormatShape(yv.Shape)}");
        }

        var k = zv.Shape[^1];
        var positions = new int[yv.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = (i * k) + Label(yv[i], k, yv.IsInteger);
        }

        var value = new Tensor(yv.ShapeArray(), Array.ConvertAll(positions, p => zv[p]));
        return Node.Operation(value, [z, y], g =>
        {
            var data = new double[zv.Count];
            for (var i = 0; i < positions.Length; i++)
            {
                data[positions[i]] += g[i];
            }

            return [new Tensor(zv.ShapeArray(), data), null];
        });
    }

    /// <summary>onehot(y, K): a row of K zeros with a one at each label; a constant.</summary>
    public static Node OneHot(Node y, int classes)
    {
        var yv = y.Value;
        if (yv.Rank > 1 || classes < 1)
        {
            throw new ShapeFault(string.Create(
                CultureInfo.InvariantCulture,
                $"onehot needs labels of shape (N,) or one label and K >= 1, got shape {Tensor.FormatShape(yv.Shape)} and K = {classes}"));
        }

        var data = new double[yv.Count * classes];
        for (var i = 0; i < yv.Count; i++)
        {
            data[(i * classes) + Label(yv[i], classes, yv.IsInteger)] = 1;
        }

        return Node.Constant(new Tensor([.. yv.Shape, classes], data));
    }

    private static int Clamp(int index, int n) => Math.Clamp(index < 0 ? index + n : index, 0, n);

    private static int Label(double label, int classes, bool isInteger)
    {
        if (!isInteger || label < 0 || label >= classes || label != Math.Floor(label))
        {
            throw new ShapeFault(string.Create(
                CultureInfo.InvariantCulture,
                $"label {label} is not an integer in [0, {classes})"));
        }

        return (int)label;
    }
}
