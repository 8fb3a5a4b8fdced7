using Grader.Specs;
using Grader.Values;

namespace Grader.Derivations.Checking;

/// <summary>
/// Evaluates a side on the first cases of its problem: the target is the reference output (with its
/// interval at kinks), a formula is evaluated by the model's interpreter in the case's shared scope.
/// A side that fails on one case is not evaluable at all, with the reason.
/// </summary>
internal static class SideEvaluator
{
    /// <summary>The side's values on the cases, or a reading that says why there are none.</summary>
    public static (IReadOnlyList<SideValue>? Values, SideReading Failure) Evaluate(SideReading side, ChainTarget target, int cases)
    {
        var values = new List<SideValue>(cases);
        for (var k = 0; k < cases; k++)
        {
            var value = side.IsTarget ? Reference(target, k) : Formula(side, target.Problem, k);
            if (value.Value is null)
            {
                return (null, value.Failure!);
            }

            values.Add(value.Value);
        }

        return (values, side);
    }

    private static (SideValue? Value, SideReading? Failure) Reference(ChainTarget target, int k)
    {
        var solved = target.Problem.Solution.Cases[k];
        var name = target.OutputName;
        return solved.Expected[name] is Tensor expected
            ? (new SideValue(expected, solved.Lower[name] as Tensor ?? expected, solved.Upper[name] as Tensor ?? expected), null)
            : (null, SideReading.Unreadable(UncheckedKind.List, DerivationMessages.ListValue(target.Describe())));
    }

    private static (SideValue? Value, SideReading? Failure) Formula(SideReading side, DerivationProblem problem, int k)
    {
        try
        {
            return problem.Context.Evaluate(side.Formula!, problem.Scope(k)) switch
            {
                Tensor tensor => (SideValue.Exact(tensor.AsFloat()), null),
                _ => (null, SideReading.Unreadable(UncheckedKind.List, DerivationMessages.ListValue(side.Formula!.ReadAs))),
            };
        }
        catch (SpecException error)
        {
            return (null, SideReading.Unreadable(UncheckedKind.Evaluation, DerivationMessages.NotEvaluated(error.Problem)));
        }
    }
}
