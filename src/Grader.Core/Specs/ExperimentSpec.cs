namespace Grader.Specs;

/// <summary>
/// A training problem (<c>experiment:</c>): the student's function trains on the training part of a
/// dataset split with a seed, and is graded by the accuracy its result reaches on the held-out part.
/// </summary>
/// <param name="Dataset">A dataset Debian's python3-sklearn ships (<c>digits</c>, <c>breast_cancer</c>).</param>
/// <param name="Data">Which function input receives which part: <c>train.X</c>, <c>train.y</c> or <c>test.X</c> (never the test labels).</param>
/// <param name="Score">An expression in the model language over the test features and the returned outputs whose
/// argmax over the last axis (one score per example: above 0 is class 1) is the predicted class; null when <paramref name="Predictions"/> is set.</param>
/// <param name="Predictions">The output that holds the predicted labels of the test features themselves.</param>
/// <param name="Margin">How far above the full-marks threshold the reference must reach (and the trivial predictor stay below zero points).</param>
/// <param name="Requires">Python modules the problem needs beyond numpy (<c>torch</c>): without them it is unavailable, not failed.</param>
public sealed record ExperimentSpec(
    string Dataset,
    FeatureScaling Features,
    double TestShare,
    int SplitSeed,
    IReadOnlyDictionary<string, DataPart> Data,
    SourceText? Score,
    string? Predictions,
    IReadOnlyList<ExperimentRunSpec> Runs,
    RegularizationCheckSpec? Regularization,
    ReferenceTrainingSpec Reference,
    IReadOnlyList<string> Requires,
    double Margin,
    SourceLocation Location);

/// <summary>How the features are scaled before the split is handed out.</summary>
/// <param name="Divide">Every feature divided by this (digits: 16, pixel values into [0, 1]); 1 for none.</param>
/// <param name="Standardize">Each feature centred and scaled by the training part's mean and standard deviation.</param>
public sealed record FeatureScaling(double Divide, bool Standardize);

/// <summary>A part of the split a function input receives.</summary>
public enum DataPart
{
    TrainFeatures,
    TrainLabels,
    TestFeatures,
}

/// <summary>One call of the student's function: its hyperparameters and the accuracies between which its points grow.</summary>
public sealed record ExperimentRunSpec(string Name, IReadOnlyDictionary<string, double> Params, AccuracyThresholds Accuracy, SourceLocation Location);

/// <summary>Held-out accuracy at or below <see cref="Zero"/> earns nothing, at or above <see cref="Full"/> everything, linear between.</summary>
public readonly record struct AccuracyThresholds(double Zero, double Full)
{
    public double Credit(double accuracy) =>
        double.IsNaN(accuracy) || accuracy <= Zero ? 0 : accuracy >= Full ? 1 : (accuracy - Zero) / (Full - Zero);
}

/// <summary>
/// Two runs that differ in their regularization: the stronger must not fit the training part better
/// (its training loss not lower) than the weaker; <see cref="Share"/> of the points go to that check.
/// </summary>
public sealed record RegularizationCheckSpec(string Weaker, string Stronger, double Share, SourceLocation Location);

/// <summary>The grader's own training, run by <c>./grader verify</c> on the same split to check the thresholds are reachable.</summary>
/// <param name="Trainer">A built-in trainer: <c>softmax-sgd</c>, <c>two-layer</c>, <c>logistic-l2</c>.</param>
/// <param name="Params">Hyperparameters that replace or add to each run's.</param>
public sealed record ReferenceTrainingSpec(string Trainer, IReadOnlyDictionary<string, double> Params, SourceLocation Location);
