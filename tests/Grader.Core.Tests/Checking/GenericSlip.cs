using Grader.Checking;
using Grader.Reference;
using Grader.Values;

namespace Grader.Core.Tests.Checking;

/// <summary>
/// A classic slip made on every output of every case: what it does to the reference's value, and the
/// generic diagnosis that names it. The transformation is written here, not taken from the checker.
/// </summary>
internal sealed record GenericSlip(string Name, string DiagnosisId, Func<ProblemReference, SolvedCase, string, Value, Value> Apply)
{
    public override string ToString() => Name;

    /// <summary>Every slip the generic diagnoses are for, on a problem whose batch dimension is <paramref name="batch"/>.</summary>
    public static IEnumerable<GenericSlip> All(string? batch)
    {
        yield return Each("zero", DiagnosisIds.Zero, _ => 0);
        yield return Each("negated", DiagnosisIds.SignFlipped, x => -x);
        yield return new("transposed", DiagnosisIds.Transposed, (_, _, _, v) => Map(v, Transpose));
        if (batch is not null)
        {
            yield return new("times N", DiagnosisIds.Scaled, (_, c, _, v) => Map(v, t => t.Map(x => x * N(c, batch))));
            yield return new("divided by N", DiagnosisIds.Scaled, (_, c, _, v) => Map(v, t => t.Map(x => x / N(c, batch))));
        }

        yield return Each("times 2", DiagnosisIds.Scaled, x => 2 * x);
        yield return Each("halved", DiagnosisIds.Scaled, x => x / 2);
        yield return Each("times 3.7", DiagnosisIds.Scaled, x => 3.7 * x);
        foreach (var decimals in Enumerable.Range(2, 5))
        {
            // np.round: half to even, on the number as written
            yield return Each($"np.round(x, {decimals})", DiagnosisIds.RoundedOutput, x => Math.Round(x, decimals, MidpointRounding.ToEven));
        }

        yield return Each("float32", DiagnosisIds.Float32Precision, x => (float)x);
        yield return new("public case's outputs", DiagnosisIds.HardcodedPublic, (r, _, o, _) => r.Cases.First(c => !c.Hidden).Expected[o]);
    }

    private static GenericSlip Each(string name, string id, Func<double, double> f) => new(name, id, (_, _, _, v) => Map(v, t => t.Map(f)));

    private static int N(SolvedCase @case, string batch) => @case.Case.Dims.Scalars.GetValueOrDefault(batch, 1);

    /// <summary>numpy's <c>.T</c> of the matrix left when dimensions of size 1 are dropped; anything else unchanged.</summary>
    private static Tensor Transpose(Tensor t) => t.SqueezedShape() is { Length: 2 } shape ? t.Reshape(shape).Transpose() : t;

    private static Value Map(Value value, Func<Tensor, Tensor> f) => value switch
    {
        Tensor t => f(t),
        TensorList list => new TensorList([.. list.Items.Select(f)]),
        _ => value,
    };
}
