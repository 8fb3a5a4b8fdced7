using Grader.Formulas;

namespace Grader.Derivations.Checking;

/// <summary>
/// Checks every step of a chain bound to a target on the problem's first cases. A step is compared
/// from the last side before it that could be evaluated, so a chain-rule line Grader cannot read does
/// not hide a wrong step after it: the failure is then named from that side (step 1 → 3). Never
/// throws: anything unexpected makes the chain's remaining steps not checkable, with the reason.
/// </summary>
internal static class ChainChecker
{
    public static ChainCheck Check(DerivationChain chain, ChainTarget target, string file)
    {
        var steps = new List<StepCheck>(chain.Steps.Count);
        try
        {
            var reader = new SideReader(target, file, chain.Macros);
            var cases = Math.Min(CheckLimits.MaxCasesPerStep, target.Problem.Solution.Cases.Count);
            var left = Evaluate(1, reader.Read(chain.First), target, cases);
            var anchor = left.Side;
            for (var k = 0; k < chain.Steps.Count; k++)
            {
                var (step, number) = (chain.Steps[k], k + 1);
                if (number > CheckLimits.MaxStepsPerChain)
                {
                    steps.Add(StepCheck.NotCheckable(number, UncheckedKind.OverLimit, DerivationMessages.StepsOverLimit(CheckLimits.MaxStepsPerChain)));
                    continue;
                }

                if (!step.Relation.IsEquality)
                {
                    steps.Add(StepCheck.NotCheckable(number, UncheckedKind.Relation, DerivationMessages.Relation(step.Relation.Latex)));
                    continue;
                }

                var right = Evaluate(number + 1, reader.Read(step.Right), target, cases);
                steps.Add((anchor, right.Side) switch
                {
                    (_, null) => StepCheck.NotCheckable(number, right.Failure.Unchecked!.Value, right.Failure.Reason!),
                    (null, _) => StepCheck.NotCheckable(number, left.Failure.Unchecked!.Value, left.Failure.Reason!),
                    var (from, to) => StepComparison.Compare(number, from.Number, from, to, target.Problem),
                });
                left = right;
                anchor = right.Side ?? anchor;
            }
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            for (var k = steps.Count; k < chain.Steps.Count; k++)
            {
                steps.Add(StepCheck.NotCheckable(k + 1, UncheckedKind.Internal, DerivationMessages.Internal(error.Message)));
            }
        }

        var (result, reason) = Result(chain, target, file);
        return new ChainCheck(chain, target, steps, result, reason);
    }

    private static (EvaluatedSide? Side, SideReading Failure) Evaluate(int number, SideReading reading, ChainTarget target, int cases)
    {
        if (!reading.IsEvaluable)
        {
            return (null, reading);
        }

        var (values, failure) = SideEvaluator.Evaluate(reading, target, cases);
        return values is null ? (null, failure) : (new EvaluatedSide(number, reading, values), reading);
    }

    /// <summary>The chain's final right side as a formula answer for the target output.</summary>
    private static (FormulaReading? Result, string? Reason) Result(DerivationChain chain, ChainTarget target, string file)
    {
        try
        {
            var reading = new SideReader(target, file, chain.Macros).Read(chain.Result);
            return reading.IsTarget
                ? (null, DerivationMessages.ResultIsTarget())
                : (reading.Formula, reading.Formula is null ? reading.Reason : null);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return (null, DerivationMessages.Internal(error.Message));
        }
    }
}
