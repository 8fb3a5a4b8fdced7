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

    /// <remarks>
    /// What descent does between the student's end and the right one follows from the reference (checked by
    /// simulation when the spec was verified): it converges there when the interval is too narrow (hi too
    /// small, lo too large) and does not when it is too wide. The one run at <paramref name="probe"/> is
    /// quoted only when it shows that: close to an end, descent converges or drifts away too slowly for a
    /// bounded run (an answer rounded to 5 decimals), and the sentence must not contradict itself.
    /// </remarks>
    private static string Note(string name, bool isHigh, double given, double right, double probe, bool converges, bool hidden)
    {
        var where = hidden ? "In a hidden case, " : string.Empty;
        var value = hidden ? name : Invariant($"{name} = {given:G6}");
        var tooLarge = given > right;
        var narrow = isHigh != tooLarge;
        var rate = hidden ? $"a rate between your {name} and the right one" : Invariant($"η = {probe:G6}");
        var rates = $"rates between your {name} and the right one";
        var evidence = (narrow, converges == narrow) switch
        {
            (true, true) => $"gradient descent with {rate} converges",
            (true, false) => $"gradient descent converges (slowly near the right end) with {rates}",
            (false, true) => $"gradient descent with {rate} does not converge",
            _ => $"gradient descent does not converge with {rates}",
        };
        var zero = !narrow && !isHigh ? " (a rate of 0 or less never brings x closer to the minimiser)" : string.Empty;
        var consequence = narrow
            ? "so your interval leaves out rates at which descent converges"
            : "so your interval includes rates at which descent does not converge";
        return $"{Cap(where)}{value} is too {(tooLarge ? "large" : "small")}: {evidence}{zero}, {consequence}.";
    }

    private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
