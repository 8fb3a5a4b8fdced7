using System.Globalization;
using Grader.Checking;
using Grader.Running;
using Grader.Values;

namespace Grader.Reports;

/// <summary>Wording and number formats shared by the report formats.</summary>
internal static class ReportText
{
    /// <summary>Points as people write them: 20, 12.5, 6.67.</summary>
    public static string Points(double points) => Math.Round(points, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    public static double Round(double x) => Math.Round(x, 4);

    public static string Status(ProblemStatus status) => status.ToString().ToLowerInvariant();

    public static string Outcome(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.BadReturn => "bad_return",
        CaseOutcome.MemoryLimit => "memory_limit",
        CaseOutcome.ProcessLimit => "process_limit",
        CaseOutcome.OutputLimit => "output_limit",
        CaseOutcome.NotAttempted => "not_attempted",
        CaseOutcome.NotRun => "not_run",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    /// <summary>What happened in a case, in words: "raised an exception", "timed out".</summary>
    public static string Describe(CaseOutcome outcome, bool written = false) => ProblemScore.Describe(outcome, written);

    /// <summary>A sentence for a case that returned nothing: "Your code timed out.", "Not attempted."</summary>
    /// <param name="written">Answered in answers.yaml: nothing "returned" it.</param>
    public static string Ended(CaseOutcome outcome, bool written = false) => outcome switch
    {
        CaseOutcome.BadReturn when written => "Some of your answers could not be used.",
        CaseOutcome.NotAttempted => "Not attempted: no function, answer or derivation for this problem was found.",
        CaseOutcome.NotRun => "Not run.",
        _ => $"Your code {Describe(outcome)}.",
    };

    /// <summary>The public case by its name, hidden cases by number only: their names are the instructor's.</summary>
    public static string CaseLabel(ProblemScore problem, CaseScore @case)
    {
        if (!@case.Hidden)
        {
            var publicCases = problem.Cases.Where(c => !c.Hidden).ToList();
            return publicCases.Count == 1 ? "public case" : $"public case {@case.Name}";
        }

        var index = problem.Cases.Where(c => c.Hidden).ToList().IndexOf(@case) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"hidden case {index}");
    }

    /// <summary>A value for feedback: 6 significant digits, cut short when long.</summary>
    public static string Value(Value? value, int maxLength = 300)
    {
        var text = value switch
        {
            null => "nothing",
            Tensor t => ValueText.Format(t, significant: 6),
            TensorList list => "[" + string.Join(", ", list.Items.Select(t => ValueText.Format(t, significant: 6))) + "]",
            _ => value.Describe(),
        };
        return text.Length > maxLength ? text[..(maxLength - 1)] + "…" : text;
    }

    public static string FirstLine(string text)
    {
        var line = text.Trim().Split('\n')[0].TrimEnd('\r');
        return line.Length > 200 ? line[..199] + "…" : line;
    }
}
