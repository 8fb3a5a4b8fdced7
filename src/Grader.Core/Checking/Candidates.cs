using Grader.Values;

namespace Grader.Checking;

/// <summary>The generic alternative models: what a reference value would look like after a classic slip.</summary>
internal static class Candidates
{
    public static Value? Zero(Value value) => Map(value, t => Tensor.Zeros(t.ShapeArray()));

    public static Value? Negate(Value value) => Map(value, t => t.Map(x => -x));

    public static Value? Scale(Value value, double factor) => Map(value, t => t.Map(x => factor * x));

    /// <summary>The transpose of every matrix (after dropping dimensions of size 1); <c>null</c> if there is none.</summary>
    public static Value? Transpose(Value value)
    {
        var any = false;
        var result = Map(value, t =>
        {
            var squeezed = t.SqueezedShape();
            if (squeezed.Length != 2)
            {
                return t;
            }

            any = true;
            return t.Reshape(squeezed).Transpose();
        });
        return any ? result : null;
    }

    /// <summary>The least-squares factor c with got ≈ c·expected, over finite elements of matching shapes.</summary>
    public static double? FitFactor(Value got, Value expected)
    {
        var pairs = (got, expected) switch
        {
            (Tensor g, Tensor e) => [(g, e)],
            (TensorList g, TensorList e) when g.Count == e.Count => g.Items.Zip(e.Items).ToList(),
            _ => [],
        };
        double dot = 0;
        double norm = 0;
        foreach (var (g, e) in pairs)
        {
            if (!ValueComparer.SameShape(g, e))
            {
                return null;
            }

            for (var i = 0; i < e.Count; i++)
            {
                if (double.IsFinite(g[i]) && double.IsFinite(e[i]))
                {
                    dot += g[i] * e[i];
                    norm += e[i] * e[i];
                }
            }
        }

        return norm > 0 && double.IsFinite(dot / norm) ? dot / norm : null;
    }

    public static int NonZeroCount(Value value) => value switch
    {
        Tensor t => t.ToArray().Count(x => x != 0),
        TensorList list => list.Items.Sum(t => t.ToArray().Count(x => x != 0)),
        _ => 0,
    };

    private static Value? Map(Value value, Func<Tensor, Tensor> f) => value switch
    {
        Tensor t => f(t),
        TensorList list => new TensorList([.. list.Items.Select(f)]),
        _ => null,
    };
}
