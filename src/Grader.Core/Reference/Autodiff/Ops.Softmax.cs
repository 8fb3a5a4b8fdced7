using Grader.Values;

namespace Grader.Reference.Autodiff;

internal static partial class Ops
{
    /// <summary>log Σ exp along an axis (which disappears), computed as m + log Σ exp(x − m) with m the lane's maximum.</summary>
    public static Node LogSumExp(Node x, int axis)
    {
        var input = x.Value.AsFloat();
        var a = NormalizeAxis(axis, input.Shape);
        var (lse, softmax) = Lanes(input, a);
        var value = new Tensor(TensorMath.WithoutAxis(input.Shape, a), lse);
        return Node.Operation(value, [x], g => [SpreadAlong(g, input.Shape, a, (flat, gi) => gi * softmax[flat])]);
    }

    /// <summary>x − logsumexp(x) along an axis; its gradient is g − softmax · Σ g.</summary>
    public static Node LogSoftmax(Node x, int axis)
    {
        var input = x.Value.AsFloat();
        var a = NormalizeAxis(axis, input.Shape);
        var (lse, softmax) = Lanes(input, a);
        var (outer, n, inner) = TensorMath.AxisLayout(input.Shape, a);
        var data = new double[input.Count];
        for (var flat = 0; flat < data.Length; flat++)
        {
            data[flat] = input[flat] - lse[LaneOf(flat, n, inner)];
        }

        return Node.Operation(new Tensor(input.ShapeArray(), data), [x], g =>
        {
            var total = LaneSums(g, outer, n, inner, (flat, gi) => gi);
            var grad = new double[g.Count];
            for (var flat = 0; flat < grad.Length; flat++)
            {
                grad[flat] = g[flat] - (softmax[flat] * total[LaneOf(flat, n, inner)]);
            }

            return [new Tensor(input.ShapeArray(), grad)];
        });
    }

    /// <summary>exp(x − logsumexp(x)) along an axis; its gradient is s · (g − Σ g s).</summary>
    public static Node Softmax(Node x, int axis)
    {
        var input = x.Value.AsFloat();
        var a = NormalizeAxis(axis, input.Shape);
        var (_, softmax) = Lanes(input, a);
        var (outer, n, inner) = TensorMath.AxisLayout(input.Shape, a);
        return Node.Operation(new Tensor(input.ShapeArray(), softmax), [x], g =>
        {
            var dot = LaneSums(g, outer, n, inner, (flat, gi) => gi * softmax[flat]);
            var grad = new double[g.Count];
            for (var flat = 0; flat < grad.Length; flat++)
            {
                grad[flat] = softmax[flat] * (g[flat] - dot[LaneOf(flat, n, inner)]);
            }

            return [new Tensor(input.ShapeArray(), grad)];
        });
    }

    private static int LaneOf(int flat, int n, int inner) => (flat / (n * inner) * inner) + (flat % inner);

    private static double[] LaneSums(Tensor t, int outer, int n, int inner, Func<int, double, double> term)
    {
        var sums = new double[outer * inner];
        for (var flat = 0; flat < t.Count; flat++)
        {
            sums[LaneOf(flat, n, inner)] += term(flat, t[flat]);
        }

        return sums;
    }

    /// <summary>Per lane along the axis: logsumexp, and the softmax of every element.</summary>
    private static (double[] Lse, double[] Softmax) Lanes(Tensor x, int axis)
    {
        var (outer, n, inner) = TensorMath.AxisLayout(x.Shape, axis);
        var max = new double[outer * inner];
        Array.Fill(max, double.NegativeInfinity);
        for (var flat = 0; flat < x.Count; flat++)
        {
            var lane = LaneOf(flat, n, inner);
            max[lane] = Math.Max(max[lane], x[flat]);
        }

        var shift = Array.ConvertAll(max, m => double.IsFinite(m) ? m : 0);
        var sums = LaneSums(x, outer, n, inner, (flat, v) => Math.Exp(v - shift[LaneOf(flat, n, inner)]));
        var lse = new double[sums.Length];
        for (var lane = 0; lane < lse.Length; lane++)
        {
            lse[lane] = shift[lane] + Math.Log(sums[lane]);
        }

        var softmax = new double[x.Count];
        for (var flat = 0; flat < softmax.Length; flat++)
        {
            var lane = LaneOf(flat, n, inner);
            softmax[flat] = Math.Exp(x[flat] - shift[lane]) / sums[lane];
        }

        return (lse, softmax);
    }
}
