using Grader.Cases;
using Grader.Specs;
using Grader.Values;

namespace Grader.Checking;

/// <summary>
/// Explains the failures of one output across the cases of a problem. Missing outputs and non-finite
/// values are explained case by case; every other failure is explained only by an alternative model
/// that reproduces the submission, within tolerance, on every case where the output failed, tried in
/// this order: the problem's own mistakes, zero, sign-flipped, transposed, scaled, float32-precision,
/// hardcoded-public. Otherwise the failure stays a plain mismatch (or wrong-shape).
/// </summary>
internal sealed class Diagnostician(ProblemReference reference, Tolerance tolerance, int hiddenCases)
{
    /// <summary>Inputs larger than this make exp overflow or σ saturate in a naive implementation.</summary>
    private const double LargeInput = 30;

    private static readonly Tolerance Float32 = new(1e-4, 1e-6);

    /// <param name="checks">Every scored case where the submission returned, in case order.</param>
    /// <returns>A diagnosis per failing check, where one was found.</returns>
    public Dictionary<OutputCheck, Diagnosis> Explain(string output, IReadOnlyList<OutputCheck> checks)
    {
        var diagnoses = new Dictionary<OutputCheck, Diagnosis>(ReferenceEqualityComparer.Instance);
        var failing = checks.Where(c => !c.Passed).ToList();
        foreach (var check in failing)
        {
            if (check.Result.Kind == MismatchKind.Missing)
            {
                diagnoses[check] = Diagnosis.MissingOutput(output);
            }
            else if (check.Result.Kind == MismatchKind.NonFinite)
            {
                var largest = LargestInput(check.Case.Case);
                diagnoses[check] = largest > LargeInput
                    ? Diagnosis.NonFiniteOverflow(output, LargeInput)
                    : Diagnosis.NonFiniteDomain(output);
            }
        }

        var rest = failing.Where(c => !diagnoses.ContainsKey(c)).ToList();
        if (rest.Count == 0)
        {
            return diagnoses;
        }

        var explain = FindExplanation(output, rest, checks, failing);
        foreach (var check in rest)
        {
            var diagnosis = explain?.Invoke(check);
            if (diagnosis is null && check.Result.Kind is MismatchKind.WrongShape or MismatchKind.Transposable)
            {
                diagnosis = Diagnosis.WrongShape(output, check.Got!.Describe(), check.Expected.Describe());
            }

            if (diagnosis is not null)
            {
                diagnoses[check] = diagnosis;
            }
        }

        return diagnoses;
    }

    private Func<OutputCheck, Diagnosis>? FindExplanation(
        string output, List<OutputCheck> rest, IReadOnlyList<OutputCheck> all, List<OutputCheck> failing)
    {
        foreach (var (k, mistake) in reference.Mistakes.Index())
        {
            if (rest.All(c => MatchesMistake(c, output, k)))
            {
                return _ => Diagnosis.Mistake(output, mistake);
            }
        }

        if (rest.All(c => Matches(c, Candidates.Zero)))
        {
            return _ => Diagnosis.Zero(output);
        }


        if (rest.All(c => Matches(c, Candidates.Negate)))
        {
            return _ => Diagnosis.SignFlipped(output);
        }

        if (rest.All(c => Matches(c, Candidates.Transpose)))
        {
            return _ => Diagnosis.Transposed(output);
        }

        if (ExplainScaled(output, rest) is { } scaled)
        {
            return scaled;
        }

        // Two mistakes only once no single one explains the output: the simpler explanation first.
        if (ExplainTwoMistakes(output, rest) is { } two)
        {
            return two;
        }

        // Precision, only with its evidence in the outputs: rounded decimals, or numbers only float32 holds.
        if (PrecisionEvidence.RoundedDecimals(rest) is { } decimals)
        {
            return _ => Diagnosis.RoundedOutput(output, decimals);
        }

        if (tolerance.Rtol < Float32.Rtol && rest.All(c => Matches(c, v => v, Float32)) && PrecisionEvidence.Float32Valued(rest))
        {
            var worst = rest.Max(c => c.Result.MaxRelError ?? 0);
            return _ => Diagnosis.Float32Precision(output, worst);
        }

        var publicChecks = all.Where(c => !c.Case.Hidden).ToList();
        if (hiddenCases > 0
            && failing.Count == hiddenCases
            && failing.All(c => c.Case.Hidden)
            && publicChecks.Count > 0
            && publicChecks.All(c => c.Passed))
        {
            return _ => Diagnosis.HardcodedPublic(output);
        }

        return null;
    }

    /// <summary>
    /// Two mistakes at once, where that is cheap to try: one of the problem's own mistakes, and on top
    /// of it a sign, a transpose or a factor (N, 1/N, 2, 1/2) applied to that mistake's output.
    /// </summary>
    private Func<OutputCheck, Diagnosis>? ExplainTwoMistakes(string output, List<OutputCheck> rest)
    {
        foreach (var (k, mistake) in reference.Mistakes.Index())
        {
            // A mistake that leaves this output as the reference's is no first mistake here.
            if (!rest.Any(c => c.Case.Mistakes[k] is { } outputs && outputs.TryGetValue(output, out var alternative)
                && !ValueComparer.Compare(alternative, c.Expected, tolerance).Passed))
            {
                continue;
            }

            foreach (var (second, transform) in SecondMistakes())
            {
                if (rest.All(c => c.Case.Mistakes[k] is { } outputs && outputs.TryGetValue(output, out var alternative)
                    && transform(c, alternative) is { } both && ValueComparer.Compare(c.Got, both, tolerance).Passed))
                {
                    return _ => Diagnosis.TwoMistakes(output, mistake, second);
                }
            }
        }

        return null;
    }

    private IEnumerable<(string Second, Func<OutputCheck, Value, Value?> Transform)> SecondMistakes()
    {
        yield return (DiagnosisIds.SignFlipped, (_, v) => Candidates.Negate(v));
        yield return (DiagnosisIds.Transposed, (_, v) => Candidates.Transpose(v));
        if (reference.BatchDimension is { } dim)
        {
            yield return (Diagnosis.ScaledByNWords, (c, v) => c.Case.Case.Dims.Scalars.TryGetValue(dim, out var n) && n > 1 ? Candidates.Scale(v, n) : null);
            yield return (Diagnosis.ScaledByInverseNWords, (c, v) => c.Case.Case.Dims.Scalars.TryGetValue(dim, out var n) && n > 1 ? Candidates.Scale(v, 1.0 / n) : null);
        }

        yield return (Diagnosis.ScaledByTwoWords, (_, v) => Candidates.Scale(v, 2));
        yield return (Diagnosis.ScaledByHalfWords, (_, v) => Candidates.Scale(v, 0.5));
    }

    private Func<OutputCheck, Diagnosis>? ExplainScaled(string output, List<OutputCheck> rest)
    {
        var factors = new List<(OutputCheck Check, double Factor, int? N)>();
        foreach (var check in rest)
        {
            if (check.Got is null || Candidates.FitFactor(check.Got, check.Expected) is not { } factor
                || !Matches(check, v => Candidates.Scale(v, factor)))
            {
                return null;
            }

            int? n = reference.BatchDimension is { } dim && check.Case.Case.Dims.Scalars.TryGetValue(dim, out var size) && size > 1
                ? size
                : null;
            factors.Add((check, factor, n));
        }

        if (factors.All(f => f.N is { } n && Near(f.Factor, n)))
        {
            return c => Diagnosis.ScaledByN(output, factors.First(f => f.Check == c).N!.Value);
        }

        if (factors.All(f => f.N is { } n && Near(f.Factor, 1.0 / n)))
        {
            return c => Diagnosis.ScaledByInverseN(output, factors.First(f => f.Check == c).N!.Value);
        }

        if (factors.All(f => Near(f.Factor, 2)))
        {
            return _ => Diagnosis.ScaledByTwo(output);
        }

        if (factors.All(f => Near(f.Factor, 0.5)))
        {
            return _ => Diagnosis.ScaledByHalf(output);
        }

        // A factor close to 1 is an imprecise answer, not a scaling; −1 and 0 have their own diagnoses.
        // A fitted constant explains a single number trivially, so it needs at least two to count.
        var first = factors[0].Factor;
        var constant = factors.Sum(f => Candidates.NonZeroCount(f.Check.Expected)) >= 2
            && factors.All(f => Near(f.Factor, first))
            && Math.Abs(first - 1) > 0.01 && Math.Abs(first + 1) > 0.01 && Math.Abs(first) > 1e-6;
        return constant ? _ => Diagnosis.ScaledBy(output, first) : null;
    }

    private bool MatchesMistake(OutputCheck check, string output, int mistake) =>
        check.Case.Mistakes[mistake] is { } outputs
        && outputs.TryGetValue(output, out var alternative)
        && ValueComparer.Compare(check.Got, alternative, tolerance).Passed;

    private bool Matches(OutputCheck check, Func<Value, Value?> model) => Matches(check, model, tolerance);

    private static bool Matches(OutputCheck check, Func<Value, Value?> model, Tolerance tolerance)
    {
        var expected = model(check.Expected);
        var lower = model(check.Lower);
        var upper = model(check.Upper);
        return expected is not null && lower is not null && upper is not null
            && ValueComparer.Compare(check.Got, expected, lower, upper, tolerance).Passed;
    }

    private static bool Near(double factor, double target) => Math.Abs(factor - target) <= 1e-3 * Math.Abs(target);

    /// <summary>The largest |entry| of a case's float inputs (a naive exp overflows, σ saturates beyond ±30).</summary>
    internal static double LargestInput(GradingCase @case)
    {
        var largest = 0.0;
        foreach (var input in @case.Inputs.Values)
        {
            var tensors = input switch
            {
                Tensor t => [t],
                TensorList list => list.Items,
                _ => [],
            };
            foreach (var tensor in tensors.Where(t => !t.IsInteger))
            {
                foreach (var x in tensor.Span)
                {
                    largest = Math.Max(largest, Math.Abs(x));
                }
            }
        }

        return largest;
    }
}
