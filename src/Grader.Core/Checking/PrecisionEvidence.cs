using Grader.Values;

namespace Grader.Checking;

/// <summary>
/// The evidence a precision diagnosis needs in the outputs themselves, so that it is never said
/// without it: outputs rounded to k decimals (<c>np.round(x, 5)</c>) are exact multiples of 10⁻ᵏ within
/// 10⁻ᵏ/2 of the reference; float32 outputs are numbers a float32 can hold.
/// </summary>
internal static class PrecisionEvidence
{
    /// <summary>The fewest decimals every output of every check is rounded to, each within half a unit of that decimal of its reference; null if none up to 10.</summary>
    public static int? RoundedDecimals(IReadOnlyList<OutputCheck> checks)
    {
        // Whole numbers are no evidence of rounding (a mask, a count, zeros).
        if (!checks.Any(c => c.Got is { } got && Entries(got).Any(v => v != Math.Round(v))))
        {
            return null;
        }

        for (var decimals = 1; decimals <= 10; decimals++)
        {
            var unit = Math.Pow(10, -decimals);
            if (checks.All(c => c.Got is { } got && Pairs(got, c.Expected) is { } pairs && pairs.All(p =>
                Math.Abs(p.Got - Math.Round(p.Got, decimals)) <= 1e-12 * Math.Max(1, Math.Abs(p.Got))
                && Math.Abs(p.Got - p.Expected) <= (0.5 * unit) + (1e-9 * Math.Abs(p.Expected)))))
            {
                return decimals;
            }
        }

        return null;
    }

    /// <summary>Whether every output is a number float32 can hold (what float32 arithmetic returns, widened).</summary>
    public static bool Float32Valued(IReadOnlyList<OutputCheck> checks) =>
        checks.All(c => c.Got is { } got && Entries(got).All(v => double.IsFinite(v) && (double)(float)v == v));

    private static List<(double Got, double Expected)>? Pairs(Value got, Value expected)
    {
        var (g, e) = (Entries(got), Entries(expected));
        return g.Count == e.Count ? [.. g.Zip(e)] : null;
    }

    private static List<double> Entries(Value value) => value switch
    {
        Tensor tensor => [.. tensor.ToArray()],
        TensorList list => [.. list.Items.SelectMany(t => t.ToArray())],
        _ => [],
    };
}
