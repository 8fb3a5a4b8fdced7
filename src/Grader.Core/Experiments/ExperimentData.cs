using Grader.Specs;

namespace Grader.Experiments;

/// <summary>
/// A dataset split as a spec says: the training part (handed to the student's function) and the
/// held-out test part, whose labels stay in the grader.
/// </summary>
public sealed record ExperimentData(double[][] TrainX, int[] TrainY, double[][] TestX, int[] TestY, int Classes)
{
    /// <summary>
    /// Splits <paramref name="dataset"/> with the spec's seed, stratified (each class keeps its share in
    /// both parts), then scales the features: divided by <c>features.divide</c>, and with
    /// <c>standardize</c> centred and scaled by the training part's own mean and deviation.
    /// </summary>
    public static ExperimentData Split(Dataset dataset, ExperimentSpec spec)
    {
        var random = new Random(spec.SplitSeed);
        var train = new List<int>();
        var test = new List<int>();
        for (var label = 0; label < dataset.Classes; label++)
        {
            var rows = Enumerable.Range(0, dataset.Labels.Length).Where(i => dataset.Labels[i] == label).ToArray();
            random.Shuffle(rows);
            var held = (int)Math.Round(rows.Length * spec.TestShare, MidpointRounding.AwayFromZero);
            test.AddRange(rows[..held]);
            train.AddRange(rows[held..]);
        }

        // Classes interleaved, not in blocks: a student's first mini-batch holds every class.
        var trainRows = train.ToArray();
        var testRows = test.ToArray();
        random.Shuffle(trainRows);
        random.Shuffle(testRows);
        var trainX = trainRows.Select(i => dataset.Features[i].Select(v => v / spec.Features.Divide).ToArray()).ToArray();
        var testX = testRows.Select(i => dataset.Features[i].Select(v => v / spec.Features.Divide).ToArray()).ToArray();
        if (spec.Features.Standardize)
        {
            Standardize(trainX, testX);
        }

        return new ExperimentData(trainX, [.. trainRows.Select(i => dataset.Labels[i])], testX, [.. testRows.Select(i => dataset.Labels[i])], dataset.Classes);
    }

    private static void Standardize(double[][] train, double[][] test)
    {
        for (var j = 0; j < train[0].Length; j++)
        {
            var mean = train.Average(r => r[j]);
            var deviation = Math.Sqrt(train.Average(r => (r[j] - mean) * (r[j] - mean)));
            var scale = deviation > 0 ? deviation : 1;
            foreach (var row in train.Concat(test))
            {
                row[j] = (row[j] - mean) / scale;
            }
        }
    }
}
