using System.Globalization;
using Grader.Specs;

namespace Grader.Experiments;

/// <summary>The sentences the reports write about a training problem: what the student and the instructor read.</summary>
public static partial class ExperimentMessages
{
    public const string HowGraded =
        "Your function trained on the training part of the data and was graded by its accuracy on held-out examples it never saw (their labels stay with the grader).";

    public const string RunHeader = "| Run | Hyperparameters | Held-out accuracy | 0 points at or below | Full marks from | Points | Training time |";

    public static string Accuracy(double? accuracy) => accuracy is { } a ? Invariant($"{a:P1}") : "none";

    public static string Percent(double fraction) => Invariant($"{fraction:P1}");

    /// <summary>Where a run's accuracy landed among its thresholds, as a TA would say it.</summary>
    public static string Landed(string run, double? accuracy, AccuracyThresholds thresholds, string? noPredictions) => accuracy switch
    {
        null => $"run '{run}': no held-out accuracy, so no points: {noPredictions ?? "your function returned nothing the model could use"}.",
        { } a when a >= thresholds.Full => Invariant($"run '{run}': full marks, {a:P1} is at or above the full-marks threshold {thresholds.Full:P1}."),
        { } a when a <= thresholds.Zero => Invariant($"run '{run}': no points, {a:P1} is at or below the zero-points threshold {thresholds.Zero:P1}."),
        { } a => Invariant($"run '{run}': partial credit, {a:P1} is {thresholds.Credit(a):P0} of the way from {thresholds.Zero:P1} (no points) to {thresholds.Full:P1} (full marks)."),
    };

    public static string RunLine(double? accuracy, AccuracyThresholds thresholds, string time) =>
        $"held-out accuracy {Accuracy(accuracy)} (0 points at or below {Percent(thresholds.Zero)}, full marks from {Percent(thresholds.Full)}); trained in {time}";

    public static string TrainingTime(TimeSpan duration, TimeSpan? budget) =>
        budget is { } b
            ? Invariant($"{duration.TotalSeconds:0.0} s of {b.TotalSeconds:0.#} s")
            : Invariant($"{duration.TotalSeconds:0.0} s");

    public static string Hyperparameters(IReadOnlyDictionary<string, double> parameters) =>
        parameters.Count == 0 ? "—" : string.Join(", ", parameters.Select(p => Invariant($"{p.Key} = {p.Value:G6}")));

    public static string RegularizationHeading(double points, double max) =>
        Invariant($"Regularization check: {points:0.##} / {max:0.##}");

    /// <summary>The larger-λ check as the student reads it; training losses are of their own weights on their own training data.</summary>
    public static string RegularizationVerdict(string weaker, string stronger, double? weakerLoss, double? strongerLoss, bool held) =>
        (weakerLoss, strongerLoss) switch
        {
            ({ } w, { } s) when held => Invariant($"With the larger λ (run '{stronger}') your weights fit the training set no better (training loss {s:G4}) than with the smaller λ (run '{weaker}', {w:G4}), as regularization should."),
            ({ } w, { } s) => Invariant($"With the larger λ (run '{stronger}') your weights fit the training set better (training loss {s:G4}) than with the smaller λ (run '{weaker}', {w:G4}): a larger λ should fit it less well."),
            _ => $"Not checked: runs '{weaker}' and '{stronger}' must both return usable weights to compare how well they fit the training set.",
        };

    public static string RunPrinted(string run) => $"What run '{run}' printed:";

    public static string RunEnded(string run, string what) => $"Run '{run}': your code {what}.";

    public static string PrintedCut(int left) => Invariant($"… ({left} lines left out) …");

    public static string CurveHeading(string run, int points) => Invariant($"learning curve of run '{run}' ({points} printed losses)");

    public static string CurveRange(double first, double last, double min) => Invariant($"first {first:G4}, last {last:G4}, lowest {min:G4}");

    // The class report
    public const string ClassAccuracyIntro = "Held-out accuracy per training run across the class (submissions whose run made predictions):";

    public static string ClassAccuracyLine(int predicted, int submissions, double? median, int full) =>
        Invariant($"{predicted} of {submissions} made predictions · median {(median is { } m ? m.ToString("P1", CultureInfo.InvariantCulture) : "—")} · full marks {full}");
}
