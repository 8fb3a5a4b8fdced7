using Grader.Values;

namespace Grader.Experiments.Training;

/// <summary>
/// L2-regularized logistic regression (logistic-l2's loss: mean cross-entropy + λ‖w‖², the bias not
/// regularized) by full-batch gradient descent from zero.
/// </summary>
internal static class LogisticL2
{
    public static TrainedModel Train(ExperimentData data, double lam, double lr, int epochs)
    {
        var (n, d) = (data.TrainX.Length, data.TrainX[0].Length);
        var w = new double[d];
        var w0 = 0.0;
        var losses = new List<double>();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            var gw = new double[d];
            var g0 = 0.0;
            var loss = 0.0;
            for (var i = 0; i < n; i++)
            {
                var x = data.TrainX[i];
                var m = Margin(x, w, w0);
                var y = data.TrainY[i];
                loss += Math.Max(m, 0) - (m * y) + Math.Log(1 + Math.Exp(-Math.Abs(m)));
                var r = Sigmoid(m) - y;
                g0 += r;
                for (var j = 0; j < d; j++)
                {
                    gw[j] += r * x[j];
                }
            }

            losses.Add((loss / n) + (lam * w.Sum(v => v * v)));
            for (var j = 0; j < d; j++)
            {
                w[j] -= lr * ((gw[j] / n) + (2 * lam * w[j]));
            }

            w0 -= lr * g0 / n;
        }

        var outputs = new Dictionary<string, Value> { ["w"] = Tensor.Vector(w), ["w0"] = Tensor.Scalar(w0) };
        return new TrainedModel(outputs, x => [.. x.Select(row => Margin(row, w, w0) > 0 ? 1 : 0)], losses);
    }

    private static double Margin(double[] x, double[] w, double w0)
    {
        var m = w0;
        for (var j = 0; j < x.Length; j++)
        {
            m += w[j] * x[j];
        }

        return m;
    }

    private static double Sigmoid(double m) => m >= 0 ? 1 / (1 + Math.Exp(-m)) : Math.Exp(m) / (1 + Math.Exp(m));
}
