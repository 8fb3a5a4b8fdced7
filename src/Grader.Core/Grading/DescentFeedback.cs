using System.Globalization;
using Grader.Checking;
using Grader.Values;
using Grader.Verification;

namespace Grader.Grading;

/// <summary>
/// For a learning-rate interval (a spec with a descent check): says which end of a wrong interval
/// is wrong and what gradient descent actually does there, checked by running it. Only the public
/// case's numbers are quoted; a hidden case is described without values.
/// </summary>
internal static class DescentFeedback
{
    public static ProblemScore Annotate(ProblemPlan plan, ProblemScore score)
    {
        if (plan.Problem.Spec.DescentCheck is not { } check || score.Status == ProblemStatus.Passed)
        {
            return score;
        }

        var failing = score.Cases
            .Where(c => c.Outputs.Any(o => !o.Passed && (o.Name == check.LowOutput || o.Name == check.HighOutput)))
            .OrderBy(c => c.Hidden)
            .FirstOrDefault();
        if (failing is null)
        {
            return score;
        }

        var solved = plan.Solution.Cases.First(c => c.Case.Name == failing.Name);
        var notes = new List<string>();
        foreach (var (name, isHigh) in new[] { (check.LowOutput, false), (check.HighOutput, true) })
        {
            var output = failing.Outputs.First(o => o.Name == name);
            if (output.Passed || output.Got is not Tensor { Count: 1 } got || !double.IsFinite(got.ScalarValue))
            {
                continue;
            }

            var given = got.ScalarValue;
            var right = ((Tensor)solved.Expected[name]).ScalarValue;
            var probe = (given + right) / 2;
            var converges = DescentSimulation.Converges(plan.Problem, solved.Case.Inputs, check.Variable, probe, 4);
            notes.Add(Note(name, isHigh, given, right, probe, converges, failing.Hidden));
        }

        return notes.Count == 0 ? score : score with { Notes = notes };
    }

    private static string Note(string name, bool isHigh, double given, double right, double probe, bool converges, bool hidden)
    {
        var where = hidden ? "in a hidden case, " : string.Empty;
        var value = hidden ? name : Invariant($"{name} = {given:G6}");
        var rate = hidden ? "a rate between your end and the right one" : Invariant($"η = {probe:G6}");
        var tooLarge = given > right;
        var behaviour = converges ? "converges" : "does not converge";
        return (isHigh, tooLarge) switch
        {
            (true, true) => $"{Cap(where)}{value} is too large: gradient descent with {rate} {behaviour}, so your interval includes rates that diverge.",
            (true, false) => $"{Cap(where)}{value} is too small: gradient descent with {rate} still {behaviour}, so your interval excludes rates that converge.",
            (false, true) => $"{Cap(where)}{value} is too large: gradient descent with {rate} also {behaviour}, so your interval excludes rates that converge.",
            _ => $"{Cap(where)}{value} is too small: gradient descent with {rate} {behaviour} (a rate of 0 or less never reaches the minimiser).",
        };
    }

    private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
