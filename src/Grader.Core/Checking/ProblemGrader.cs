using Grader.Reference;
using Grader.Running;
using Grader.Submissions;
using Grader.Specs;
using Grader.Values;

namespace Grader.Checking;

/// <summary>
/// Grades one problem of one submission: compares every output of every scored case with the
/// reference, splits the points over cases and outputs, and diagnoses the failures.
/// </summary>
/// <remarks>
/// An answers file (and a public-only run) is scored on the public cases only, and those carry all of
/// the problem's points: a student who can only write numbers for the public case can still earn them.
/// Hidden cases are then left out of the result altogether.
/// </remarks>
public static class ProblemGrader
{
    public static ProblemScore Grade(ProblemReference reference, ProblemSubmission? submission, bool publicOnly = false)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var isAnswers = submission?.IsAnswers ?? false;
        var runs = ScoredCases(reference, publicOnly || isAnswers).Select(c => RunOf(submission, c)).ToList();
        var tolerance = isAnswers ? reference.AnswerTolerance : reference.Tolerance;
        // A share of the points may go to the derivation's steps (scoring.steps); the cases share the rest.
        var resultPoints = reference.Points * (1 - reference.StepsShare);
        var casePoints = runs.Count == 0 ? 0 : resultPoints / runs.Count;
        var weights = Weights(reference);

        // A formula that could not be read is not an output the student forgot: "missing from what your
        // function returned" would send them looking for the wrong mistake.
        var unread = submission?.Formulas.Where(f => f.Error is not null).Select(f => f.Output).ToHashSet() ?? [];

        // A return with some outputs unusable (missing, a string...) still has its good outputs graded,
        // and formulas that did not read are each diagnosed even when no output is left.
        var checks = runs
            .Select(run => run.Outcome == CaseOutcome.Returned || (run.Outcome == CaseOutcome.BadReturn && (run.Outputs is { Count: > 0 } || unread.Count > 0))
                ? reference.OutputNames.ToDictionary(o => o, o => Check(run.Case, o, run.Outputs?.GetValueOrDefault(o), tolerance))
                : null)
            .ToList();
        var diagnostician = new Diagnostician(reference, tolerance, runs.Count(r => r.Case.Hidden));
        var diagnoses = reference.OutputNames.ToDictionary(
            o => o,
            o =>
            {
                var outputChecks = checks.OfType<Dictionary<string, OutputCheck>>().Select(c => c[o]).ToList();
                // Answered by a write-up: an output no derivation ends in was not derived, not "not returned".
                var notDerived = submission?.Language == AttemptLanguage.WriteUp && submission.Formulas.All(f => f.Output != o);
                return unread.Contains(o) || notDerived
                    ? outputChecks.Where(c => !c.Passed).ToDictionary<OutputCheck, OutputCheck, Diagnosis>(
                        c => c, _ => notDerived ? Diagnosis.NotDerived(o) : Diagnosis.FormulaUnreadable(o), ReferenceEqualityComparer.Instance)
                    : DiagnosisWording.For(submission, o, diagnostician.Explain(o, outputChecks));
            });

        var caseScores = new List<CaseScore>();
        foreach (var (run, caseChecks) in runs.Zip(checks))
        {
            var @case = run.Case;
            var outputs = new List<OutputComparison>();
            foreach (var output in reference.OutputNames)
            {
                var max = casePoints * weights[output];
                var check = caseChecks?[output];
                var diagnosis = check is null ? null : diagnoses[output].GetValueOrDefault(check);
                outputs.Add(check is null
                    ? new OutputComparison(output, false, null, null, null, 0, max, @case.Expected.GetValueOrDefault(output), null)
                    : new OutputComparison(
                        output,
                        check.Passed,
                        check.Result.MaxAbsError,
                        check.Result.MaxRelError,
                        diagnosis,
                        check.Passed ? max : 0,
                        max,
                        check.Expected,
                        check.Got));
            }

            caseScores.Add(new CaseScore(
                @case.Name,
                @case.Hidden,
                run.Outcome,
                outputs.Sum(o => o.Score),
                casePoints,
                outputs,
                run.OutputProblems,
                run.Message,
                run.Traceback,
                run.Stdout,
                run.Duration)
            {
                Inputs = @case.Case.Inputs,
                Exception = run.Exception,
            });
        }

        var steps = StepCredit.Of(reference, submission);
        var score = Math.Round(caseScores.Sum(c => c.Score) + (steps?.Points ?? 0), 6);
        var problemDiagnoses = caseScores
            .SelectMany(c => c.Outputs)
            .Select(o => o.Diagnosis)
            .OfType<Diagnosis>()
            .DistinctBy(d => (d.Id, d.Output))
            .OrderBy(d => d.Id == DiagnosisIds.NotDerived) // what is wrong in what was derived comes first
            .ToList();
        var written = submission is not null && (submission.IsAnswers || submission.Formulas.Count > 0);
        var patterns = CasePatterns.Find([.. runs.Select(r => r.Case)], caseScores, reference.OutputNames, written);
        problemDiagnoses.AddRange(patterns);
        return new ProblemScore(
            reference.ProblemId,
            reference.Title,
            Status(submission, caseScores, score, reference.Points),
            score,
            reference.Points,
            submission?.Source,
            isAnswers,
            submission?.LoadError,
            caseScores,
            problemDiagnoses)
        {
            Formulas = submission?.Formulas ?? [],
            Derivations = submission?.Derivations ?? [],
            Patterns = patterns,
            // Why a right result is not full marks: its steps (a wrong result is explained by its diagnoses).
            Notes = steps is not null && steps.Points < steps.MaxPoints && caseScores.All(c => c.Passed) ? [steps.Describe()] : [],
        };
    }

    private static List<SolvedCase> ScoredCases(ProblemReference reference, bool publicOnly)
    {
        var publicCases = reference.Cases.Where(c => !c.Hidden).ToList();
        return publicOnly && publicCases.Count > 0 ? publicCases : [.. reference.Cases];
    }

    /// <summary>The run of a case (each run carries the case it ran); a case the runner was not given did not run.</summary>
    private static CaseRun RunOf(ProblemSubmission? submission, SolvedCase @case) =>
        submission?.Cases.FirstOrDefault(r => r.Case == @case)
        ?? CaseRun.Failed(@case, submission is null ? CaseOutcome.NotAttempted : CaseOutcome.NotRun, null);

    private static OutputCheck Check(SolvedCase @case, string output, Value? got, Tolerance tolerance)
    {
        var expected = @case.Expected[output];
        var lower = @case.Lower.GetValueOrDefault(output) ?? expected;
        var upper = @case.Upper.GetValueOrDefault(output) ?? expected;
        return new OutputCheck(@case, got, expected, lower, upper, ValueComparer.Compare(got, expected, lower, upper, tolerance));
    }

    /// <summary>Each output's share of a case. Outputs a weight table leaves out weigh nothing.</summary>
    private static Dictionary<string, double> Weights(ProblemReference reference)
    {
        var raw = reference.OutputNames.ToDictionary(
            o => o,
            o => reference.OutputWeights is { } w ? Math.Max(0, w.GetValueOrDefault(o)) : 1.0);
        var total = raw.Values.Sum();
        return total > 0
            ? raw.ToDictionary(p => p.Key, p => p.Value / total)
            : reference.OutputNames.ToDictionary(o => o, _ => 1.0 / reference.OutputNames.Count);
    }

    private static ProblemStatus Status(ProblemSubmission? submission, List<CaseScore> cases, double score, double points)
    {
        if (submission is null || (submission.LoadError is null && cases.All(c => c.Outcome == CaseOutcome.NotAttempted)))
        {
            return ProblemStatus.Missing;
        }

        if (submission.LoadError is not null)
        {
            return ProblemStatus.Error;
        }

        if (score >= points - 1e-9)
        {
            return ProblemStatus.Passed;
        }

        if (score > 0)
        {
            return ProblemStatus.Partial;
        }

        var firstNotReturned = cases.FirstOrDefault(c => c.Outcome != CaseOutcome.Returned)?.Outcome;
        return firstNotReturned switch
        {
            null => ProblemStatus.Failed,
            CaseOutcome.Timeout => ProblemStatus.Timeout,
            CaseOutcome.MemoryLimit or CaseOutcome.ProcessLimit or CaseOutcome.OutputLimit => ProblemStatus.Limit,
            CaseOutcome.NotAttempted => ProblemStatus.Missing,
            _ when cases.Any(c => c.Outcome == CaseOutcome.Returned) && firstNotReturned == CaseOutcome.NotRun
                => ProblemStatus.Failed,
            _ => ProblemStatus.Error,
        };
    }
}
