using Grader.Values;

namespace Grader.Reference.Autodiff;

internal static partial class Ops
{
    public static Node Sigmoid(Node x) => Unary(x, Stable.Sigmoid, (_, y) => y * (1 - y));

    public static Node LogSigmoid(Node x) => Unary(x, Stable.LogSigmoid, (v, _) => Stable.Sigmoid(-v));

    public static Node Softplus(Node x) => Unary(x, Stable.Softplus, (v, _) => Stable.Sigmoid(v));

    public static Node Tanh(Node x) => Unary(x, Math.Tanh, (_, y) => 1 - (y * y));

    public static Node Exp(Node x) => Unary(x, Math.Exp, (_, y) => y);

    public static Node Log(Node x) => Unary(x, Math.Log, (v, _) => 1 / v);

    /// <summary>
    /// The value of x with no gradient: lets a mistake model change a backward pass and keep the
    /// forward one (<c>U + detach(relu(U) - U)</c> is relu going forward, the identity going back).
    /// </summary>
    public static Node Detach(Node x) => Node.Constant(x.Value);

    public static Node Sqrt(Node x) => Unary(x, Math.Sqrt, (_, y) => 0.5 / y);

    public static Node Relu(Node x, Kinks kinks)
    {
        var atZero = kinks.AtZero("relu");
        return Unary(x, v => Observed(kinks, v, Math.Max(v, 0)), (v, _) => v > 0 ? 1 : v < 0 ? 0 : atZero);
    }

    public static Node Abs(Node x, Kinks kinks)
    {
        var atZero = kinks.AtZero("abs");
        return Unary(x, v => Observed(kinks, v, Math.Abs(v)), (v, _) => v > 0 ? 1 : v < 0 ? -1 : atZero);
    }

    /// <summary>sign(0) is the chosen value; the derivative is 0 everywhere (a step has no slope).</summary>
    public static Node Sign(Node x, Kinks kinks)
    {
        var atZero = kinks.AtZero("sign");
        return Unary(x, v => Observed(kinks, v, v > 0 ? 1 : v < 0 ? -1 : double.IsNaN(v) ? v : atZero), (_, _) => 0);
    }

    /// <summary>An elementwise function; <paramref name="derivative"/> gets the argument and the result.</summary>
    private static Node Unary(Node x, Func<double, double> f, Func<double, double, double> derivative)
    {
        var input = x.Value;
        var value = input.AsFloat().Map(f);
        return Node.Operation(value, [x], g =>
        {
            var data = new double[g.Count];
            var gs = g.Span;
            var xs = input.Span;
            var ys = value.Span;
            for (var i = 0; i < data.Length; i++)
            {
                data[i] = gs[i] == 0 ? 0 : gs[i] * derivative(xs[i], ys[i]);
            }

            return [new Tensor(value.ShapeArray(), data)];
        });
    }

    private static double Observed(Kinks kinks, double argument, double result)
    {
        kinks.Observe(argument);
        return result;
    }
}
