using System.Globalization;
using Grader.Reference;
using Grader.Values;

namespace Grader.Verification;

/// <summary>
/// Checks a learning-rate interval (lo, hi) by running gradient descent x ← x − η f′(x): from every
/// start it must converge for η just inside both ends and fail to converge just outside them.
/// </summary>
public static class DescentSimulation
{
    private const double Step = 0.02;
    private const int MaxIterations = 20_000;
    private static readonly double[] Starts = [-7.5, -1, 0.5, 4, 12];

    public sealed record Outcome(IReadOnlyList<string> Failures, string Summary);

    public static Outcome Check(ProblemSolution solution)
    {
        var problem = solution.Problem;
        var check = problem.Spec.DescentCheck!;
        var failures = new List<string>();
        var runs = 0;
        foreach (var solved in solution.Cases)
        {
            var lo = ((Tensor)solved.Expected[check.LowOutput]).ScalarValue;
            var hi = ((Tensor)solved.Expected[check.HighOutput]).ScalarValue;
            var width = hi - lo;
            var probes = new (double Rate, bool MustConverge, string What)[]
            {
                (lo + (Step * width), true, "just above lo"),
                (hi - (Step * width), true, "just below hi"),
                (lo - (Step * width), false, "just below lo"),
                (hi + (Step * width), false, "just above hi"),
            };
            foreach (var (rate, mustConverge, what) in probes)
            {
                var converged = Starts.Select(x0 => Converges(problem, solved.Case.Inputs, check.Variable, rate, x0)).ToList();
                runs += converged.Count;
                if (mustConverge && converged.Contains(false))
                {
                    failures.Add(Invariant($"case {solved.Case.Name}: gradient descent with η = {rate:G6} ({what}, interval ({lo:G6}, {hi:G6})) does not converge from every start"));
                }
                else if (!mustConverge && !converged.Contains(false))
                {
                    failures.Add(Invariant($"case {solved.Case.Name}: gradient descent with η = {rate:G6} ({what}, interval ({lo:G6}, {hi:G6})) converges from every start, so the interval is too narrow"));
                }
            }
        }

        return new Outcome(failures, Invariant($"gradient descent: {runs} runs over {solution.Cases.Count} cases, converging just inside and not just outside both ends"));
    }

    /// <summary>Whether descent from <paramref name="x0"/> reaches a point where the derivative vanishes.</summary>
    public static bool Converges(CompiledProblem problem, IReadOnlyDictionary<string, Value> inputs, string variable, double rate, double x0)
    {
        var values = new Dictionary<string, Value>(inputs);
        var x = x0;
        var scale = 1.0;
        for (var i = 0; i < MaxIterations; i++)
        {
            values[variable] = Tensor.Scalar(x);
            var slope = ((Tensor)problem.Objective!.Evaluate(values).Outputs["df"]).ScalarValue;
            if (i == 0)
            {
                scale = Math.Max(1, Math.Abs(slope));
            }

            if (!double.IsFinite(slope) || Math.Abs(x) > 1e12)
            {
                return false;
            }

            if (Math.Abs(slope) <= 1e-9 * scale)
            {
                return true;
            }

            x -= rate * slope;
        }

        return false;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
