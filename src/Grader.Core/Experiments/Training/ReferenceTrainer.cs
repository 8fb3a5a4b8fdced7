using Grader.Specs;

namespace Grader.Experiments.Training;

/// <summary>
/// The grader's own training, for <c>./grader verify</c>: plain loops over arrays (fast enough to train
/// on digits in well under a second), each trainer the textbook version of what its problem asks.
/// </summary>
public static class ReferenceTrainer
{
    /// <param name="parameters">The run's hyperparameters with the spec's <c>reference.params</c> on top.</param>
    public static TrainedModel Train(string trainer, ExperimentData data, IReadOnlyDictionary<string, double> parameters)
    {
        double Param(string name, double? fallback = null) =>
            parameters.TryGetValue(name, out var value) ? value : fallback ?? throw new ArgumentException(ExperimentMessages.TrainerParamMissing(trainer, name));

        return trainer switch
        {
            "softmax-sgd" => SoftmaxSgd.Train(data, Param("lr"), (int)Param("batch_size"), (int)Param("epochs")),
            "two-layer" => TwoLayer.Train(data, (int)Param("hidden"), Param("lr"), (int)Param("epochs"), (int)Param("seed", 0), (int)Param("batch_size", 32)),
            "logistic-l2" => LogisticL2.Train(data, Param("lam"), Param("lr"), (int)Param("epochs")),
            _ => throw new ArgumentException($"unknown trainer {trainer}", nameof(trainer)),
        };
    }

    /// <summary>The run's parameters, then the reference's own on top.</summary>
    public static Dictionary<string, double> Parameters(ExperimentRunSpec run, ReferenceTrainingSpec reference)
    {
        var merged = new Dictionary<string, double>(run.Params, StringComparer.Ordinal);
        foreach (var (key, value) in reference.Params)
        {
            merged[key] = value;
        }

        return merged;
    }
}
