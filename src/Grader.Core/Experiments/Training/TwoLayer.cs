using Grader.Values;

namespace Grader.Experiments.Training;

/// <summary>
/// A two-layer ReLU network in two-layer-l2's convention (z2 = W1 x + b1, a2 = relu(z2), z3 = W2 a2 + b2),
/// trained by mini-batch SGD on the mean cross-entropy; He-scaled normal weights from the seed, zero biases.
/// </summary>
internal static class TwoLayer
{
    public static TrainedModel Train(ExperimentData data, int hidden, double lr, int epochs, int seed, int batchSize)
    {
        var (n, d, k) = (data.TrainX.Length, data.TrainX[0].Length, data.Classes);
        var random = new Random(seed);
        var w1 = new double[hidden, d];
        var w2 = new double[k, hidden];
        var b1 = new double[hidden];
        var b2 = new double[k];
        Fill(w1, random, Math.Sqrt(2.0 / d));
        Fill(w2, random, Math.Sqrt(1.0 / hidden));
        var losses = new List<double>();
        var (z2, a2, p, delta) = (new double[hidden], new double[hidden], new double[k], new double[hidden]);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            var loss = 0.0;
            for (var start = 0; start < n; start += batchSize)
            {
                var end = Math.Min(n, start + batchSize);
                var (g1, g2, gb1, gb2) = (new double[hidden, d], new double[k, hidden], new double[hidden], new double[k]);
                for (var i = start; i < end; i++)
                {
                    var x = data.TrainX[i];
                    Forward(x, w1, b1, w2, b2, z2, a2, p);
                    loss += Dense.SoftmaxInPlace(p, data.TrainY[i]);
                    p[data.TrainY[i]] -= 1;
                    Array.Clear(delta);
                    for (var c = 0; c < k; c++)
                    {
                        gb2[c] += p[c];
                        for (var h = 0; h < hidden; h++)
                        {
                            g2[c, h] += p[c] * a2[h];
                            delta[h] += p[c] * w2[c, h];
                        }
                    }

                    for (var h = 0; h < hidden; h++)
                    {
                        if (z2[h] <= 0)
                        {
                            continue;
                        }

                        gb1[h] += delta[h];
                        for (var j = 0; j < d; j++)
                        {
                            g1[h, j] += delta[h] * x[j];
                        }
                    }
                }

                var scale = lr / (end - start);
                Step(w1, g1, scale);
                Step(w2, g2, scale);
                for (var h = 0; h < hidden; h++)
                {
                    b1[h] -= scale * gb1[h];
                }

                for (var c = 0; c < k; c++)
                {
                    b2[c] -= scale * gb2[c];
                }
            }

            losses.Add(loss / n);
        }

        var outputs = new Dictionary<string, Value>
        {
            ["W1"] = Tensor.Matrix(w1), ["b1"] = Tensor.Vector(b1), ["W2"] = Tensor.Matrix(w2), ["b2"] = Tensor.Vector(b2),
        };
        return new TrainedModel(outputs, x => [.. x.Select(row =>
        {
            var (z, a, s) = (new double[hidden], new double[hidden], new double[k]);
            Forward(row, w1, b1, w2, b2, z, a, s);
            return Dense.ArgMax(s);
        })], losses);
    }

    private static void Forward(double[] x, double[,] w1, double[] b1, double[,] w2, double[] b2, double[] z2, double[] a2, double[] scores)
    {
        for (var h = 0; h < z2.Length; h++)
        {
            var s = b1[h];
            for (var j = 0; j < x.Length; j++)
            {
                s += w1[h, j] * x[j];
            }

            z2[h] = s;
            a2[h] = Math.Max(0, s);
        }

        for (var c = 0; c < scores.Length; c++)
        {
            var s = b2[c];
            for (var h = 0; h < a2.Length; h++)
            {
                s += w2[c, h] * a2[h];
            }

            scores[c] = s;
        }
    }

    private static void Fill(double[,] w, Random random, double scale)
    {
        for (var i = 0; i < w.GetLength(0); i++)
        {
            for (var j = 0; j < w.GetLength(1); j++)
            {
                w[i, j] = scale * Dense.Normal(random);
            }
        }
    }

    private static void Step(double[,] w, double[,] g, double scale)
    {
        for (var i = 0; i < w.GetLength(0); i++)
        {
            for (var j = 0; j < w.GetLength(1); j++)
            {
                w[i, j] -= scale * g[i, j];
            }
        }
    }
}
