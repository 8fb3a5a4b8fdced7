namespace Grader.Experiments.Training;

/// <summary>The few dense operations the reference trainers share.</summary>
internal static class Dense
{
    /// <summary>scores = x W + b for a weight matrix of shape (inputs, outputs).</summary>
    public static void Logits(double[] x, double[,] w, double[] b, double[] scores)
    {
        for (var c = 0; c < scores.Length; c++)
        {
            var s = b[c];
            for (var j = 0; j < x.Length; j++)
            {
                s += x[j] * w[j, c];
            }

            scores[c] = s;
        }
    }

    /// <summary>Turns scores into probabilities (stably) and returns the cross-entropy of <paramref name="label"/>.</summary>
    public static double SoftmaxInPlace(double[] scores, int label)
    {
        var max = scores.Max();
        var sum = 0.0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }

        return -Math.Log(Math.Max(scores[label], double.Epsilon));
    }

    public static int ArgMax(double[] values)
    {
        var best = 0;
        for (var c = 1; c < values.Length; c++)
        {
            if (values[c] > values[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>A standard normal draw (Box–Muller) from a seeded generator.</summary>
    public static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
