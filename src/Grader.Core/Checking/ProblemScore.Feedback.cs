using System.Globalization;
using Grader.Running;

namespace Grader.Checking;

public sealed partial record ProblemScore
{
    /// <summary>
    /// One line of feedback that is safe to show the student: for hidden cases it says only what
    /// happened and why (diagnoses), never messages or values.
    /// </summary>
    public string Feedback => Status switch
    {
        ProblemStatus.Missing => "not attempted",
        ProblemStatus.Unavailable => "unavailable: " + FirstLine(Message ?? string.Empty),
        _ when Message is not null => "could not be loaded: " + FirstLine(Message),
        _ when Experiment is not null && Cases.All(c => c.Outcome == CaseOutcome.Returned) => string.Join(" ", [.. Notes, .. Diagnoses.Select(d => d.Message)]),
        ProblemStatus.Passed => Cases.Count == 1 ? "the case is correct" : Invariant($"all {Cases.Count} cases correct"),
        _ => FailureFeedback(),
    };

    private string FailureFeedback()
    {
        // An answer the student wrote (a formula that did not read) is named by its output's diagnosis.
        if (Formulas.Count > 0 && Diagnoses.Any(d => d.Id == Checking.DiagnosisIds.FormulaUnreadable))
        {
            return DiagnosisFeedback();
        }

        if (Cases.FirstOrDefault(c => !c.Hidden && c.Outcome != CaseOutcome.Returned) is { } publicFailure)
        {
            if (publicFailure.Exception is { } raised)
            {
                return RaisedFeedback.OnPublic(raised, RaisedStyle.Plain);
            }

            var detail = publicFailure.Message ?? publicFailure.OutputProblems.FirstOrDefault();
            return Describe(publicFailure.Outcome, Written) + " on the public case" + (detail is null ? "" : ": " + FirstLine(detail));
        }

        // A diagnosis names the cause; a note (what a simulation showed) follows it. Where only case
        // patterns are said, what the hidden cases raised (type and line) follows them.
        if (Diagnoses.Count > 0)
        {
            var hiddenRaised = Diagnoses.Except(Patterns).Any() ? null : HiddenFailureFeedback();
            return DiagnosisFeedback()
                + (Notes.Count > 0 ? " " + string.Join(" ", Notes) : "")
                + (hiddenRaised is null ? "" : " Your code " + hiddenRaised);
        }

        if (Notes.Count > 0)
        {
            return string.Join(" ", Notes);
        }

        if (HiddenFailureFeedback() is { } hiddenFailure)
        {
            return hiddenFailure;
        }

        var wrong = Cases
            .SelectMany(c => c.Outputs)
            .Where(o => !o.Passed)
            .GroupBy(o => o.Name)
            .Select(g => Invariant($"{g.Key} in {g.Count()} of {Cases.Count} cases"));
        return "wrong: " + string.Join("; ", wrong);
    }

    /// <summary>What the hidden cases that did not return did: raised (type, line), timed out…; null when every one returned.</summary>
    private string? HiddenFailureFeedback()
    {
        var hiddenFailures = Cases.Where(c => c.Hidden && c.Outcome != CaseOutcome.Returned).ToList();
        if (hiddenFailures.Count == 0)
        {
            return null;
        }

        var hidden = Cases.Count(c => c.Hidden);
        if (RaisedGroup.Of(hiddenFailures) is { Count: > 0 } raised)
        {
            var others = hiddenFailures.Where(c => c.Exception is null).GroupBy(c => c.Outcome)
                .Select(g => Invariant($"{Describe(g.Key, Written)} on {g.Count()} of {hidden} hidden cases"));
            return string.Join("; ", [RaisedFeedback.OnHidden(raised, hidden, RaisedStyle.Plain), .. others]);
        }

        return Invariant($"{Describe(hiddenFailures[0].Outcome, Written)} on {hiddenFailures.Count} of {hidden} hidden cases");
    }

    /// <summary>Answered in answers.yaml (typed numbers or formulas), not by code.</summary>
    internal bool Written => IsAnswers || Formulas.Count > 0;

    private string DiagnosisFeedback()
    {
        var diagnoses = Diagnoses.Except(Patterns).ToList();
        if (diagnoses.Count == 0)
        {
            return PatternFeedback();
        }

        var first = diagnoses[0];
        var others = diagnoses.Skip(1).Select(d => d.Id == first.Id ? d.Output : $"{d.Output}: {d.Id}").ToList();
        return first.Message + (others.Count == 0 ? "" : $" (also {string.Join(", ", others)})") + RemainingMistake()
            + (Patterns.Count == 0 ? "" : " " + PatternFeedback());
    }

    /// <summary>
    /// Outputs still wrong where no diagnosis or case pattern says why: once one mistake is named,
    /// the student should know it is not the only one.
    /// </summary>
    private string RemainingMistake()
    {
        var said = Diagnoses.SelectMany(d => d.Output.Split(", ")).ToHashSet(StringComparer.Ordinal);
        var remaining = Cases.SelectMany(c => c.Outputs).Where(o => !o.Passed && o.Diagnosis is null && !said.Contains(o.Name))
            .Select(o => o.Name).Distinct(StringComparer.Ordinal).ToList();
        return remaining.Count == 0 ? "" : Diagnosis.SecondMistake(remaining);
    }

    /// <param name="answers">The case was answered in answers.yaml, not by code: nothing "returned" it.</param>
    internal static string Describe(CaseOutcome outcome, bool answers = false) => outcome switch
    {
        CaseOutcome.BadReturn when answers => "has an answer Grader could not use",
        CaseOutcome.Returned => "returned",
        CaseOutcome.Exception => "raised an exception",
        CaseOutcome.BadReturn => "returned something unusable",
        CaseOutcome.Timeout => "timed out",
        CaseOutcome.MemoryLimit => "hit the memory limit",
        CaseOutcome.ProcessLimit => "hit the process limit",
        CaseOutcome.OutputLimit => "printed more than the output limit",
        CaseOutcome.Crashed => "crashed",
        CaseOutcome.NotAttempted => "not attempted",
        _ => "not run",
    };

    private static string FirstLine(string text)
    {
        var line = text.Trim().Split('\n')[0].TrimEnd('\r');
        return line.Length > 160 ? line[..157] + "..." : line;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
