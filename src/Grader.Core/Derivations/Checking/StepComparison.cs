using Grader.Values;

namespace Grader.Derivations.Checking;

/// <summary>
/// Compares two evaluated sides case by case within the problem's tolerance (for the target, anywhere
/// in its interval at a kink too). A step fails on the smallest case where they differ, told at the
/// entry where they differ most; a case where either side is not finite says nothing.
/// </summary>
internal static class StepComparison
{
    public static StepCheck Compare(int step, int from, EvaluatedSide left, EvaluatedSide right, DerivationProblem problem)
    {
        (int Case, long Size, int Entry, double Left, double Right, EntryAlignment Alignment)? smallest = null;
        var judged = 0;
        for (var k = 0; k < left.Values.Count; k++)
        {
            var (l, r) = (left.Values[k], right.Values[k]);
            if (EntryAlignment.Of(left.Reading, l.Value, right.Reading, r.Value) is not { } alignment)
            {
                return StepCheck.NotCheckable(step, UncheckedKind.Shapes, DerivationMessages.Shapes(l.Value.Describe(), r.Value.Describe())) with { From = from };
            }

            var worst = Worst(alignment, l, r, problem);
            if (worst is null)
            {
                continue;
            }

            judged++;
            var size = Size(problem.Solution.Cases[k].Case.Inputs.Values);
            if (worst.Value.Entry >= 0 && (smallest is null || size < smallest.Value.Size))
            {
                var entry = worst.Value.Entry;
                smallest = (k, size, entry, l.Value[alignment.Left(entry)], r.Value[alignment.Right(entry)], alignment);
            }
        }

        if (smallest is { } failing)
        {
            return StepCheck.Fails(step, from, Counterexample(problem, failing.Case, failing.Alignment.Index(failing.Entry), failing.Left, failing.Right));
        }

        return judged == 0
            ? StepCheck.NotCheckable(step, UncheckedKind.NotFinite, DerivationMessages.NotFinite()) with { From = from }
            : StepCheck.Holds(step, from);
    }

    /// <summary>The entry where the sides differ most beyond tolerance (-1 when they agree), or null when a value is not finite.</summary>
    private static (int Entry, double Gap)? Worst(EntryAlignment alignment, SideValue left, SideValue right, DerivationProblem problem)
    {
        var (entry, gap) = (-1, 0.0);
        for (var k = 0; k < alignment.Count; k++)
        {
            var (a, b) = (alignment.Left(k), alignment.Right(k));
            var (x, y) = (left.Value[a], right.Value[b]);
            if (!double.IsFinite(x) || !double.IsFinite(y))
            {
                return null;
            }

            if (!Agree(x, right, b, problem) && !Agree(y, left, a, problem) && Math.Abs(x - y) >= gap)
            {
                (entry, gap) = (k, Math.Abs(x - y));
            }
        }

        return (entry, gap);
    }

    /// <summary>Whether a value is accepted for an entry of a side: within tolerance of its value, or of its interval at a kink.</summary>
    private static bool Agree(double value, SideValue side, int index, DerivationProblem problem)
    {
        var (expected, lower, upper) = (side.Value[index], side.Lower[index], side.Upper[index]);
        var tolerance = problem.Tolerance;
        return tolerance.Accepts(value, expected) || (value >= lower && value <= upper) || tolerance.Accepts(value, lower) || tolerance.Accepts(value, upper);
    }

    private static Counterexample Counterexample(DerivationProblem problem, int k, IReadOnlyList<int> entry, double left, double right)
    {
        var @case = problem.Solution.Cases[k].Case;
        var sizes = DerivationMessages.Sizes(@case.Dims.Scalars);
        var inputs = !@case.Hidden && Size(@case.Inputs.Values) <= CheckLimits.MaxPublicEntriesShown ? DerivationMessages.Inputs(@case.Inputs) : null;
        return new Counterexample(@case.Name, @case.Hidden, sizes, entry, left, right, inputs);
    }

    private static long Size(IEnumerable<Value> values) => values.Sum(v => v switch
    {
        Tensor t => (long)t.Count,
        TensorList list => list.Items.Sum(t => (long)t.Count),
        _ => 0L,
    });
}
