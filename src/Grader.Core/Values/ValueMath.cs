namespace Grader.Values;

/// <summary>Entry-by-entry arithmetic on values of the same structure.</summary>
public static class ValueMath
{
    public static Value Combine(Value a, Value b, Func<double, double, double> f) => (a, b) switch
    {
        (Tensor x, Tensor y) when x.SameShape(y) => Combine(x, y, f),
        (TensorList x, TensorList y) when x.Count == y.Count => new TensorList([.. x.Items.Zip(y.Items, (p, q) => Combine(p, q, f))]),
        _ => throw new ArgumentException($"cannot combine {a.Describe()} with {b.Describe()}"),
    };

    public static Tensor Combine(Tensor x, Tensor y, Func<double, double, double> f)
    {
        if (!x.SameShape(y))
        {
            throw new ArgumentException($"cannot combine {x.Describe()} with {y.Describe()}");
        }

        var data = new double[x.Count];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = f(x[i], y[i]);
        }

        return new Tensor(x.ShapeArray(), data);
    }

    /// <summary>Every entry of a value, in order (list items one after another).</summary>
    public static IEnumerable<double> Entries(Value value) => value switch
    {
        Tensor t => t.ToArray(),
        TensorList l => l.Items.SelectMany(t => t.ToArray()),
        _ => [],
    };
}
