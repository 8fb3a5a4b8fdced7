using System.Text.RegularExpressions;
using Grader.Checking;
using Grader.Reference;
using Grader.Specs;
using Grader.Values;

namespace Grader.Core.Tests.Checking;

/// <summary>
/// What each diagnosis claims about the outputs, checked on the outputs themselves and written apart
/// from the checker: a diagnosis that fires without its evidence is a false diagnosis.
/// </summary>
internal static partial class DiagnosisEvidence
{
    /// <returns>Why the diagnosis of <paramref name="output"/> on <paramref name="case"/> lacks its evidence; null if it has it.</returns>
    public static string? Lacking(ProblemReference reference, ProblemScore score, SolvedCase @case, OutputComparison output)
    {
        var diagnosis = output.Diagnosis!;
        var got = output.Got;
        var expected = @case.Expected[output.Name];
        var tolerance = reference.Tolerance;
        var pairs = got is null ? null : Pairs(got, expected);
        return diagnosis.Id switch
        {
            DiagnosisIds.MissingOutput => got is null ? null : "the output was returned",
            DiagnosisIds.NonFinite => got is not null && Entries(got).Any(x => !double.IsFinite(x)) ? null : "every value is finite",
            DiagnosisIds.WrongShape => pairs is null ? null : "the shape is right",
            DiagnosisIds.Zero => got is not null && Entries(got).All(x => x == 0) ? null : "a value is not 0",
            DiagnosisIds.SignFlipped => Fits(pairs, e => -e, tolerance) ? null : "not the negated reference",
            DiagnosisIds.Transposed => IsTranspose(got, expected, tolerance) ? null : "not the transpose of the reference",
            DiagnosisIds.Scaled => Factor(pairs) is { } c && Math.Abs(c - 1) > 0.01 && Fits(pairs, e => c * e, tolerance)
                ? null
                : "no constant factor other than 1 fits every value",
            DiagnosisIds.RoundedOutput => Rounded(pairs, Decimals(diagnosis.Message)),
            DiagnosisIds.Float32Precision => pairs is not null
                && pairs.All(p => (double)(float)p.Got == p.Got && Math.Abs(p.Got - p.Expected) <= (1e-4 * Math.Abs(p.Expected)) + 1e-6)
                ? null
                : "not float32 values within 1e-4 relative of the reference",
            DiagnosisIds.HardcodedPublic => HardcodedPublic(score, output.Name),
            _ => reference.Mistakes.Index().Any(m => m.Item.Id == diagnosis.Id
                    && @case.Mistakes[m.Index]?.GetValueOrDefault(output.Name) is { } alternative
                    && got is not null && Pairs(got, alternative) is { } mistaken && Fits(mistaken, e => e, tolerance))
                ? null
                : "not the outputs of any mistake with that id",
        };
    }

    private static string? Rounded(List<(double Got, double Expected)>? pairs, int decimals)
    {
        var unit = Math.Pow(10, -decimals);
        if (pairs is null || pairs.Any(p => Math.Abs((p.Got / unit) - Math.Round(p.Got / unit)) > 1e-6))
        {
            return $"a value is not a multiple of 1e-{decimals}";
        }

        return pairs.All(p => Math.Abs(p.Got - p.Expected) <= (0.5 * unit * (1 + 1e-9)) + 1e-12) ? null : $"a value is more than 1e-{decimals}/2 from the reference";
    }

    private static string? HardcodedPublic(ProblemScore score, string output)
    {
        var outputs = score.Cases.Select(c => (c.Hidden, c.Outputs.Single(o => o.Name == output).Passed)).ToList();
        return outputs.All(o => o.Passed != o.Hidden) && outputs.Any(o => o.Hidden) ? null : "not right on every public case and wrong on every hidden one";
    }

    /// <summary>Whether <paramref name="got"/> is the reference with its matrices (after dropping dimensions of size 1) transposed, and at least one is.</summary>
    private static bool IsTranspose(Value? got, Value expected, Tolerance tolerance)
    {
        var (have, want) = (got, expected) switch
        {
            (Tensor g, Tensor e) => ([g], [e]),
            (TensorList g, TensorList e) when g.Count == e.Count => (g.Items, e.Items),
            _ => (Array.Empty<Tensor>(), Array.Empty<Tensor>()),
        };
        var transposed = want.Select(e => e.SqueezedShape() is { Length: 2 } shape ? e.Reshape(shape).Transpose() : e).ToList();
        return want.Any(e => e.SqueezedShape().Length == 2) && have.Count > 0
            && have.Zip(transposed).All(p => p.First.SqueezedShape().AsSpan().SequenceEqual(p.Second.SqueezedShape())
                && Fits([.. p.First.ToArray().Zip(p.Second.ToArray())], x => x, tolerance));
    }

    /// <summary>Whether every returned value is within (twice) the tolerance of <paramref name="model"/> of its reference value.</summary>
    private static bool Fits(List<(double Got, double Expected)>? pairs, Func<double, double> model, Tolerance tolerance) =>
        pairs is not null && pairs.All(p => Math.Abs(p.Got - model(p.Expected)) <= 2 * (tolerance.Atol + (tolerance.Rtol * Math.Abs(model(p.Expected)))));

    private static double? Factor(List<(double Got, double Expected)>? pairs)
    {
        var norm = pairs?.Sum(p => p.Expected * p.Expected) ?? 0;
        return norm > 0 ? pairs!.Sum(p => p.Got * p.Expected) / norm : null;
    }

    private static int Decimals(string message) => int.Parse(DecimalsPattern().Match(message).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Returned and reference values side by side; null when the shapes differ (beyond dimensions of size 1).</summary>
    private static List<(double Got, double Expected)>? Pairs(Value got, Value expected) => (got, expected) switch
    {
        (Tensor g, Tensor e) when g.SqueezedShape().AsSpan().SequenceEqual(e.SqueezedShape()) => [.. g.ToArray().Zip(e.ToArray())],
        (TensorList g, TensorList e) when g.Count == e.Count && g.Items.Zip(e.Items).All(p => p.First.SqueezedShape().AsSpan().SequenceEqual(p.Second.SqueezedShape())) =>
            [.. g.Items.Zip(e.Items).SelectMany(p => p.First.ToArray().Zip(p.Second.ToArray()))],
        _ => null,
    };

    private static IEnumerable<double> Entries(Value value) => value switch
    {
        Tensor t => t.ToArray(),
        TensorList list => list.Items.SelectMany(t => t.ToArray()),
        _ => [],
    };

    [GeneratedRegex(@"rounded to (\d+) decimals")]
    private static partial Regex DecimalsPattern();
}
