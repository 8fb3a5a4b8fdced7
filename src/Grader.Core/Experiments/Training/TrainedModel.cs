using Grader.Values;

namespace Grader.Experiments.Training;

/// <summary>What a reference trainer learned: its outputs by name (as a student returns them) and its own prediction.</summary>
public sealed record TrainedModel(IReadOnlyDictionary<string, Value> Outputs, Func<double[][], int[]> Predict, IReadOnlyList<double> Losses);
