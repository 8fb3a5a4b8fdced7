using Grader.Specs;

namespace Grader.Checking;

/// <summary>
/// How a training problem went: per run the held-out accuracy against its thresholds, the time it
/// trained and the loss it printed per epoch; and, where the spec compares two regularization
/// strengths, whether the stronger one fit the training part no better.
/// </summary>
public sealed record ExperimentFeedback(IReadOnlyList<ExperimentRunFeedback> Runs, RegularizationFeedback? Regularization)
{
    /// <summary>Why the problem could not be graded on this machine (a dataset or module missing); its runs are then empty.</summary>
    public string? Unavailable { get; init; }

    /// <summary>The time each run may take (the spec's wall limit per call, else its CPU limit); null when the spec sets none.</summary>
    public TimeSpan? TimeBudget { get; init; }
}

/// <param name="Accuracy">Held-out accuracy; null when the run produced no predictions.</param>
/// <param name="Curve">The training loss the function printed, one value per line that names a loss (instructor view).</param>
public sealed record ExperimentRunFeedback(
    string Run,
    IReadOnlyDictionary<string, double> Params,
    double? Accuracy,
    AccuracyThresholds Thresholds,
    double Points,
    double MaxPoints,
    TimeSpan Duration,
    IReadOnlyList<double> Curve);

/// <param name="Held">The stronger regularization's training loss is not below the weaker's (within a small tolerance).</param>
public sealed record RegularizationFeedback(string Weaker, string Stronger, double? WeakerLoss, double? StrongerLoss, bool Held, double Points, double MaxPoints);
