using System.Globalization;

namespace Grader.Checking;

/// <summary>
/// The points a spec gives the derivation's steps (<c>scoring: {steps: 0.3}</c>): for each output, its
/// last derivation's checked steps before the first wrong one, as a share of its checked steps
/// (none derived or none checked: nothing); the problem's credit is the mean over its outputs.
/// </summary>
internal sealed record StepCredit(double Points, double MaxPoints, int Before, int Checked)
{
    /// <summary>Null when the spec gives the steps nothing.</summary>
    public static StepCredit? Of(ProblemReference reference, ProblemSubmission? submission)
    {
        if (reference.StepsShare <= 0)
        {
            return null;
        }

        var derivations = submission?.Derivations ?? [];
        var (before, @checked, credit) = (0, 0, 0.0);
        foreach (var output in reference.OutputNames)
        {
            if (derivations.LastOrDefault(d => d.Output == output && d.Credited) is not { } chain)
            {
                continue;
            }

            var steps = chain.Check.Steps.Where(s => s.Verdict != Derivations.Checking.StepVerdict.NotCheckable).ToList();
            var good = steps.TakeWhile(s => s.Verdict == Derivations.Checking.StepVerdict.Holds).Count();
            (before, @checked) = (before + good, @checked + steps.Count);
            credit += steps.Count == 0 ? 0 : (double)good / steps.Count;
        }

        var max = reference.Points * reference.StepsShare;
        return new StepCredit(Math.Round(max * credit / Math.Max(1, reference.OutputNames.Count), 6), max, before, @checked);
    }

    /// <summary>"Steps: 2 of 3 checked steps hold before the first wrong one: 1.5 of 3 points."</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"Steps: {Before} of {Checked} checked steps hold before the first wrong one: {Math.Round(Points, 2)} of {Math.Round(MaxPoints, 2)} points.");
}
