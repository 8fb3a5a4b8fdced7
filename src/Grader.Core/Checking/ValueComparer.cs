using Grader.Specs;
using Grader.Values;

namespace Grader.Checking;

/// <summary>
/// Compares a submitted value with an accepted interval [lower, upper] per element (a single point
/// away from kinks). Dimensions of size 1 do not matter; anything else about the shape does.
/// </summary>
internal static class ValueComparer
{
    public static ValueCheck Compare(Value? got, Value expected, Tolerance tolerance) =>
        Compare(got, expected, expected, expected, tolerance);

    public static ValueCheck Compare(Value? got, Value expected, Value lower, Value upper, Tolerance tolerance) =>
        (got, expected) switch
        {
            (null, _) => ValueCheck.Missing,
            (Tensor g, Tensor e) => CompareTensor(g, e, lower as Tensor ?? e, upper as Tensor ?? e, tolerance),
            (TensorList g, TensorList e) => CompareList(g, e, lower as TensorList ?? e, upper as TensorList ?? e, tolerance),
            _ => ValueCheck.WrongShape,
        };

    /// <summary>Whether the shapes agree up to dimensions of size 1.</summary>
    public static bool SameShape(Tensor a, Tensor b) => a.SqueezedShape().AsSpan().SequenceEqual(b.SqueezedShape());

    private static ValueCheck CompareList(TensorList got, TensorList expected, TensorList lower, TensorList upper, Tolerance tolerance)
    {
        if (got.Count != expected.Count)
        {
            return ValueCheck.WrongShape;
        }

        var kind = MismatchKind.None;
        double? maxAbs = null;
        double? maxRel = null;
        for (var i = 0; i < got.Count; i++)
        {
            var check = CompareTensor(
                got[i],
                expected[i],
                lower.Count == expected.Count ? lower[i] : expected[i],
                upper.Count == expected.Count ? upper[i] : expected[i],
                tolerance);
            kind = (MismatchKind)Math.Max((int)kind, (int)check.Kind);
            maxAbs = Max(maxAbs, check.MaxAbsError);
            maxRel = Max(maxRel, check.MaxRelError);
        }

        return kind == MismatchKind.NonFinite ? new ValueCheck(kind, null, null) : new ValueCheck(kind, maxAbs, maxRel);
    }

    private static ValueCheck CompareTensor(Tensor got, Tensor expected, Tensor lower, Tensor upper, Tolerance tolerance)
    {
        if (!SameShape(got, expected))
        {
            var want = expected.SqueezedShape();
            var have = got.SqueezedShape();
            var transposable = want.Length == 2 && have.Length == 2 && want[0] == have[1] && want[1] == have[0];
            return transposable ? new ValueCheck(MismatchKind.Transposable, null, null) : ValueCheck.WrongShape;
        }

        if (lower.Count != expected.Count || upper.Count != expected.Count)
        {
            (lower, upper) = (expected, expected);
        }

        var kind = MismatchKind.None;
        double maxAbs = 0;
        double maxRel = 0;
        for (var i = 0; i < got.Count; i++)
        {
            var g = got[i];
            var (lo, hi) = (Math.Min(lower[i], upper[i]), Math.Max(lower[i], upper[i]));
            if (!double.IsFinite(g) || !double.IsFinite(lo) || !double.IsFinite(hi))
            {
                // A non-finite reference (rare) is met only by the same special value.
                var same = g.Equals(expected[i]);
                if (!same)
                {
                    kind = double.IsFinite(g) ? Worse(kind, MismatchKind.Values) : Worse(kind, MismatchKind.NonFinite);
                }

                continue;
            }

            if (g >= lo && g <= hi)
            {
                continue;
            }

            var nearest = g < lo ? lo : hi;
            var error = Math.Abs(g - nearest);
            var scale = Math.Max(Math.Abs(g), Math.Abs(nearest));
            maxAbs = Math.Max(maxAbs, error);
            maxRel = Math.Max(maxRel, scale == 0 ? 0 : error / scale);
            if (!tolerance.Accepts(g, nearest))
            {
                kind = Worse(kind, MismatchKind.Values);
            }
        }

        // An error over the finite elements alone would understate a nan; report none rather than a wrong one.
        return kind == MismatchKind.NonFinite ? new ValueCheck(kind, null, null) : new ValueCheck(kind, maxAbs, maxRel);
    }

    private static MismatchKind Worse(MismatchKind a, MismatchKind b) => (MismatchKind)Math.Max((int)a, (int)b);

    private static double? Max(double? a, double? b) => (a, b) switch
    {
        (null, _) => b,
        (_, null) => a,
        _ => Math.Max(a.Value, b.Value),
    };
}
