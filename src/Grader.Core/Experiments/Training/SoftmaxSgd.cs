using Grader.Values;

namespace Grader.Experiments.Training;

/// <summary>Softmax regression by mini-batch SGD, batches in order, each step on the batch's mean cross-entropy (sgd-epoch, repeated).</summary>
internal static class SoftmaxSgd
{
    public static TrainedModel Train(ExperimentData data, double lr, int batchSize, int epochs)
    {
        var (n, d, k) = (data.TrainX.Length, data.TrainX[0].Length, data.Classes);
        var w = new double[d, k];
        var b = new double[k];
        var losses = new List<double>();
        var p = new double[k];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            var loss = 0.0;
            for (var start = 0; start < n; start += batchSize)
            {
                var end = Math.Min(n, start + batchSize);
                var gw = new double[d, k];
                var gb = new double[k];
                for (var i = start; i < end; i++)
                {
                    var x = data.TrainX[i];
                    Dense.Logits(x, w, b, p);
                    loss += Dense.SoftmaxInPlace(p, data.TrainY[i]);
                    p[data.TrainY[i]] -= 1;
                    for (var c = 0; c < k; c++)
                    {
                        gb[c] += p[c];
                        for (var j = 0; j < d; j++)
                        {
                            gw[j, c] += x[j] * p[c];
                        }
                    }
                }

                var scale = lr / (end - start);
                for (var c = 0; c < k; c++)
                {
                    b[c] -= scale * gb[c];
                    for (var j = 0; j < d; j++)
                    {
                        w[j, c] -= scale * gw[j, c];
                    }
                }
            }

            losses.Add(loss / n);
        }

        var outputs = new Dictionary<string, Value> { ["W"] = Tensor.Matrix(w), ["b"] = Tensor.Vector(b) };
        return new TrainedModel(outputs, x => [.. x.Select(row => { var s = new double[k]; Dense.Logits(row, w, b, s); return Dense.ArgMax(s); })], losses);
    }
}
