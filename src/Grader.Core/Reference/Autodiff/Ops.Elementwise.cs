using Grader.Values;

namespace Grader.Reference.Autodiff;

/// <summary>The differentiable operations of the model language, each recording its backward step.</summary>
internal static partial class Ops
{
    public static Node Add(Node a, Node b) => Binary(a, b, "+", (x, y) => x + y, keepsIntegers: true,
        g => TensorMath.SumTo(g, a.Shape),
        g => TensorMath.SumTo(g, b.Shape));

    public static Node Subtract(Node a, Node b) => Binary(a, b, "-", (x, y) => x - y, keepsIntegers: true,
        g => TensorMath.SumTo(g, a.Shape),
        g => TensorMath.SumTo(TensorMath.Scale(g, -1), b.Shape));

    public static Node Multiply(Node a, Node b) => Binary(a, b, "*", (x, y) => x * y, keepsIntegers: true,
        g => TensorMath.SumTo(TensorMath.Zip(g, b.Value, (gi, y) => gi * y, "*"), a.Shape),
        g => TensorMath.SumTo(TensorMath.Zip(g, a.Value, (gi, x) => gi * x, "*"), b.Shape));

    public static Node Divide(Node a, Node b) => Binary(a, b, "/", (x, y) => x / y, keepsIntegers: false,
        g => TensorMath.SumTo(TensorMath.Zip(g, b.Value, (gi, y) => gi / y, "/"), a.Shape),
        g => TensorMath.SumTo(TensorMath.Zip(g, TensorMath.Zip(a.Value, b.Value, (x, y) => -x / (y * y), "/"), (gi, d) => gi * d, "/"), b.Shape));

    /// <summary>Python's <c>//</c>; not differentiable (its derivative is zero almost everywhere).</summary>
    public static Node FloorDivide(Node a, Node b) =>
        Node.Constant(TensorMath.Zip(a.Value, b.Value, (x, y) => Math.Floor(x / y), "//", keepsIntegers: true));

    public static Node Power(Node a, Node b)
    {
        var value = TensorMath.Zip(a.Value, b.Value, Math.Pow, "^");
        return Node.Operation(value, [a, b], g =>
        [
            a.RequiresGrad
                ? TensorMath.SumTo(Times(g, TensorMath.Zip(a.Value, b.Value, (x, y) => y == 0 ? 0 : y * Math.Pow(x, y - 1), "^")), a.Shape)
                : null,
            b.RequiresGrad
                ? TensorMath.SumTo(Times(g, TensorMath.Zip(a.Value, value, (x, v) => v == 0 ? 0 : v * Math.Log(x), "^")), b.Shape)
                : null,
        ]);
    }

    public static Node Negate(Node a) =>
        Node.Operation(new Tensor(a.Value.ShapeArray(), a.Value.Map(x => -x).ToArray(), a.IsInteger), [a], g => [TensorMath.Scale(g, -1)]);

    private static Node Binary(
        Node a,
        Node b,
        string op,
        Func<double, double, double> f,
        bool keepsIntegers,
        Func<Tensor, Tensor> gradA,
        Func<Tensor, Tensor> gradB)
    {
        var value = TensorMath.Zip(a.Value, b.Value, f, op, keepsIntegers);
        return Node.Operation(value, [a, b], g => [a.RequiresGrad ? gradA(g) : null, b.RequiresGrad ? gradB(g) : null]);
    }

    private static Tensor Times(Tensor g, Tensor d) => TensorMath.Zip(g, d, (x, y) => x * y, "*");
}
