using System.Diagnostics;
using System.Security.Cryptography;
using Grader.Experiments.Training;
using Grader.Reference;
using Grader.Verification;

namespace Grader.Experiments;

/// <summary>
/// <c>./grader verify</c> for a training problem: the grader trains its own reference on the same split
/// and checks that the thresholds are reachable (the reference above full marks by the spec's margin,
/// predicting the most frequent class below zero points by that margin), that the spec's score reads
/// the reference's outputs as the trainer predicts with them, and that a stronger λ fits no better.
/// </summary>
public static class ExperimentVerifier
{
    public static VerificationResult Verify(CompiledProblem problem)
    {
        var failures = new List<string>();
        var checks = new List<string>();
        var setup = ExperimentSetup.Prepare(problem);
        var spec = setup.Spec;
        if (setup.Data is not { } data)
        {
            return new VerificationResult(problem.Id, problem.Spec.File.Path, [setup.Unavailable!], [], null);
        }

        checks.Add(ExperimentMessages.Split(spec.Dataset, data.TrainY.Length, data.TestY.Length, spec.SplitSeed, Fingerprint(data.TestY)));
        var majority = data.TrainY.GroupBy(l => l).MaxBy(g => g.Count())!.Key;
        var trivial = data.TestY.Count(l => l == majority) / (double)data.TestY.Length;
        checks.Add(ExperimentMessages.Trivial(trivial, spec.Runs.Min(r => r.Accuracy.Zero)));
        var fits = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var run in spec.Runs)
        {
            if (trivial > run.Accuracy.Zero - spec.Margin)
            {
                failures.Add(ExperimentMessages.TrivialAboveZero(run.Name, trivial, run.Accuracy.Zero, spec.Margin));
            }

            var clock = Stopwatch.StartNew();
            TrainedModel model;
            try
            {
                model = ReferenceTrainer.Train(spec.Reference.Trainer, data, ReferenceTrainer.Parameters(run, spec.Reference));
            }
            catch (ArgumentException e)
            {
                failures.Add(e.Message);
                continue;
            }

            clock.Stop();
            var own = Accuracy(model.Predict(data.TestX), data.TestY);
            var accuracy = own;
            if (problem.Score is not null)
            {
                var missing = problem.Spec.Outputs.Select(o => o.Name).Where(o => !model.Outputs.ContainsKey(o)).ToList();
                if (missing.Count > 0)
                {
                    failures.Add(ExperimentMessages.OutputsNotTrained(spec.Reference.Trainer, missing));
                    continue;
                }

                var prediction = ExperimentEvaluator.Predict(problem, run, model.Outputs, data.TestX);
                accuracy = prediction.Labels is null ? double.NaN : prediction.Accuracy(data.TestY);
                if (prediction.Problem is { } problemText)
                {
                    failures.Add($"run '{run.Name}': {problemText}");
                }
                else if (Math.Abs(accuracy - own) > 1e-9)
                {
                    failures.Add(ExperimentMessages.ScoreDisagrees(run.Name, accuracy, own));
                }

                fits[run.Name] = ExperimentEvaluator.Loss(problem, run, model.Outputs, data.TrainX, data.TrainY);
            }

            checks.Add(ExperimentMessages.ReferenceRun(run.Name, spec.Reference.Trainer, accuracy, run.Accuracy.Full, clock.Elapsed));
            if (!(accuracy >= run.Accuracy.Full + spec.Margin))
            {
                failures.Add(ExperimentMessages.ReferenceBelowFull(run.Name, accuracy, run.Accuracy.Full, spec.Margin));
            }
        }

        if (spec.Regularization is { } check && fits.TryGetValue(check.Weaker, out var weaker) && fits.TryGetValue(check.Stronger, out var stronger))
        {
            var held = stronger >= weaker;
            checks.Add(ExperimentMessages.RegularizationReference(weaker, stronger, held));
            if (!held)
            {
                failures.Add(ExperimentMessages.RegularizationReference(weaker, stronger, held));
            }
        }

        return new VerificationResult(problem.Id, problem.Spec.File.Path, failures, checks, null);
    }

    private static double Accuracy(int[] predicted, int[] truth) => predicted.Zip(truth).Count(p => p.First == p.Second) / (double)truth.Length;

    /// <summary>A short hash of the held-out labels in order: a changed dataset or split shows in verify's output.</summary>
    private static string Fingerprint(int[] labels) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData([.. labels.Select(l => (byte)l)]))[..12];
}
