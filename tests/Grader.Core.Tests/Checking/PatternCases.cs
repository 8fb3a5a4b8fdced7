using Grader.Cases;
using Grader.Checking;
using Grader.Reference;
using Grader.Specs.Generators;
using Grader.Values;

namespace Grader.Core.Tests.Checking;

/// <summary>
/// Cases for the case-pattern tests: sizes N and H, a scalar lam, an integer batch_size and an input X,
/// with outputs W1 (2 × H) and b1 (H) drawn from the case's name.
/// </summary>
internal static class PatternCases
{
    public static SolvedCase Case(
        string name,
        bool hidden = true,
        double lam = 0.25,
        int n = 4,
        int h = 3,
        int batch = 1,
        string? group = null,
        double kink = double.PositiveInfinity,
        double xScale = 1)
    {
        var seed = name.Sum(ch => ch);
        var inputs = new Dictionary<string, Value>
        {
            ["X"] = Fixtures.Random(seed, n, 2).Map(x => x * xScale),
            ["lam"] = Tensor.Scalar(lam),
            ["batch_size"] = Tensor.IntScalar(batch),
        };
        var expected = Fixtures.Outputs(("W1", Fixtures.Random(seed + 1, 2, h)), ("b1", Fixtures.Random(seed + 2, h)));
        var dims = new DimScope(new Dictionary<string, int> { ["N"] = n, ["H"] = h });
        return new SolvedCase(new GradingCase(name, hidden, dims, inputs, group), [], expected, expected, expected, kink, []);
    }

    public static ProblemReference Problem(params SolvedCase[] cases) => Fixtures.Problem("patterned", 10, cases);

    public static double Lam(SolvedCase @case) => ((Tensor)@case.Case.Inputs["lam"])[0];

    /// <summary>A wrong value no generic diagnosis explains (not zero, negated, transposed, scaled or rounded).</summary>
    public static Value Wrong(Value value) => ((Tensor)value).Map(x => x + 0.5 + (0.1 * x * x));
}
