using Grader.Checking;
using Grader.Running;
using Grader.Specs;
using Grader.Values;

namespace Grader.Experiments;

/// <summary>
/// Grades a training problem: each run's returned weights (or labels) are evaluated on the held-out
/// test part with the spec's own model, and its points grow with the accuracy between the thresholds;
/// where the spec compares two regularization strengths, a share of the points goes to that check.
/// </summary>
public static class ExperimentGrader
{
    /// <summary>Training losses this close count as equal: the stronger λ "fits no better" within rounding.</summary>
    private const double LossTolerance = 1e-9;

    public static ProblemScore Grade(ExperimentSetup setup, double points, string title, ProblemSubmission? submission)
    {
        var spec = setup.Spec;
        var problemId = setup.Problem.Id;
        if (submission is null)
        {
            return Empty(problemId, title, points, ProblemStatus.Missing, null, null);
        }

        if (submission.LoadError is not null)
        {
            return Empty(problemId, title, points, ProblemStatus.Error, submission.Source, submission.LoadError);
        }

        var data = setup.Data!;
        var share = spec.Regularization?.Share ?? 0;
        var runPoints = points * (1 - share) / spec.Runs.Count;
        var runs = new List<ExperimentRunFeedback>();
        var cases = new List<CaseScore>();
        var diagnoses = new List<Diagnosis>();
        var notes = new List<string>();
        var fits = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var solved in setup.Solution.Cases)
        {
            var run = setup.RunOf(solved);
            var result = submission.Cases.FirstOrDefault(r => r.Case == solved) ?? CaseRun.Failed(solved, CaseOutcome.NotRun, null);
            var curve = LearningCurve.Read(result.Stdout);
            double? accuracy = null;
            string? problem = null;
            if (result.Outcome == CaseOutcome.Returned && result.Outputs is { } outputs)
            {
                var prediction = ExperimentEvaluator.Predict(setup.Problem, run, outputs, data.TestX);
                problem = prediction.Problem;
                if (prediction.Labels is not null)
                {
                    accuracy = prediction.Accuracy(data.TestY);
                    diagnoses.AddRange(Diagnose(run, prediction.Labels, accuracy.Value, data));
                    if (spec.Regularization is not null)
                    {
                        fits[run.Name] = ExperimentEvaluator.Loss(setup.Problem, run, outputs, data.TrainX, data.TrainY);
                    }
                }
                else if (prediction.NonFinite)
                {
                    diagnoses.Add(Diagnosis.NonFiniteWeights(run.Name, prediction.Problem!));
                }
                else
                {
                    diagnoses.Add(Diagnosis.ExperimentShape(run.Name, prediction.Problem!));
                }
            }

            if (LearningCurve.Diverged(curve) && !diagnoses.Any(d => d.Output == run.Name && d.Id == DiagnosisIds.NonFinite))
            {
                diagnoses.Add(Diagnosis.Diverging(run.Name, curve[0], curve[^1]));
            }

            var earned = accuracy is { } a ? Math.Round(runPoints * run.Accuracy.Credit(a), 6) : 0;
            runs.Add(new ExperimentRunFeedback(run.Name, run.Params, accuracy, run.Accuracy, earned, runPoints, result.Duration, curve));
            notes.Add(ExperimentMessages.RunSummary(run.Name, accuracy, earned, runPoints, result.Duration));
            var accuracyValue = accuracy is { } reached ? Tensor.Scalar(reached) : null;
            var comparison = new OutputComparison("accuracy", earned >= runPoints - 1e-9, null, null, diagnoses.LastOrDefault(d => d.Output == run.Name), earned, runPoints, Tensor.Scalar(run.Accuracy.Full), accuracyValue);
            cases.Add(new CaseScore(run.Name, false, result.Outcome, earned, runPoints, [comparison], [.. result.OutputProblems, .. problem is null ? Array.Empty<string>() : [problem]], result.Message, result.Traceback, result.Stdout, result.Duration)
            {
                Inputs = run.Params.ToDictionary(p => p.Key, p => (Value)Tensor.Scalar(p.Value)),
                Exception = result.Exception,
            });
        }

        var regularization = Regularization(spec.Regularization, fits, points * share);
        if (regularization is { Held: false, WeakerLoss: { } w, StrongerLoss: { } s })
        {
            diagnoses.Add(Diagnosis.StrongerFitsBetter(regularization.Weaker, regularization.Stronger, w, s));
        }
        else if (regularization is { Held: true, WeakerLoss: { } wl, StrongerLoss: { } sl })
        {
            notes.Add(ExperimentMessages.RegularizationHeld(regularization.Weaker, regularization.Stronger, wl, sl));
        }

        var score = Math.Round(cases.Sum(c => c.Score) + (regularization?.Points ?? 0), 6);
        return new ProblemScore(problemId, title, Status(cases, score, points), score, points, submission.Source, false, null, cases, diagnoses)
        {
            Experiment = new ExperimentFeedback(runs, regularization) { TimeBudget = setup.Problem.Spec.Limits is { } limits ? limits.WallPerCall ?? limits.CpuTime : null },
            Notes = notes,
        };
    }

    /// <summary>A problem that cannot be graded here: every report says why, and no points are taken or given.</summary>
    public static ProblemScore Unavailable(string problemId, string title, double points, string? source, string reason) =>
        Empty(problemId, title, points, ProblemStatus.Unavailable, source, reason) with { Experiment = new ExperimentFeedback([], null) { Unavailable = reason } };

    private static ProblemScore Empty(string problemId, string title, double points, ProblemStatus status, string? source, string? message) =>
        new(problemId, title, status, 0, points, source, false, message, [], []);

    private static IEnumerable<Diagnosis> Diagnose(ExperimentRunSpec run, int[] predicted, double accuracy, ExperimentData data)
    {
        if (predicted.Distinct().Count() == 1)
        {
            yield return Diagnosis.OneClass(run.Name, predicted[0], accuracy);
            yield break;
        }

        // Chance: what guessing in the training part's proportions scores; "at chance" within a few points of it.
        var chance = data.TrainY.GroupBy(l => l).Sum(g => Math.Pow(g.Count() / (double)data.TrainY.Length, 2));
        if (accuracy < chance + 0.05 && accuracy < run.Accuracy.Full)
        {
            yield return Diagnosis.AtChance(run.Name, accuracy, chance);
        }
    }

    private static RegularizationFeedback? Regularization(RegularizationCheckSpec? check, Dictionary<string, double> fits, double points)
    {
        if (check is null)
        {
            return null;
        }

        double? weaker = fits.TryGetValue(check.Weaker, out var w) && double.IsFinite(w) ? w : null;
        double? stronger = fits.TryGetValue(check.Stronger, out var s) && double.IsFinite(s) ? s : null;
        var held = weaker is not null && stronger is not null && stronger >= weaker - LossTolerance;
        return new RegularizationFeedback(check.Weaker, check.Stronger, weaker, stronger, held, held ? Math.Round(points, 6) : 0, points);
    }

    private static ProblemStatus Status(List<CaseScore> cases, double score, double points)
    {
        if (score >= points - 1e-9)
        {
            return ProblemStatus.Passed;
        }

        if (score > 0)
        {
            return ProblemStatus.Partial;
        }

        return cases.FirstOrDefault(c => c.Outcome != CaseOutcome.Returned)?.Outcome switch
        {
            null => ProblemStatus.Failed,
            CaseOutcome.Timeout => ProblemStatus.Timeout,
            CaseOutcome.MemoryLimit or CaseOutcome.ProcessLimit or CaseOutcome.OutputLimit => ProblemStatus.Limit,
            _ => ProblemStatus.Error,
        };
    }
}
