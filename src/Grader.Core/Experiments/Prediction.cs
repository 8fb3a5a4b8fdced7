namespace Grader.Experiments;

/// <summary>
/// What the grader made of a run's outputs: the predicted labels of the test features, or why there
/// are none (a wrong shape, weights that are not finite numbers, labels that are not classes).
/// </summary>
/// <param name="NonFinite">The returned values hold NaN or an infinity.</param>
public sealed record Prediction(int[]? Labels, string? Problem, bool NonFinite = false)
{
    public double Accuracy(int[] truth) => Labels is null ? double.NaN : Labels.Zip(truth).Count(p => p.First == p.Second) / (double)truth.Length;
}
