// Homework: gradients and backpropagation, all eleven problems, in C#.
// Plain arrays for most problems, MathNet.Numerics where matrix algebra reads better.
using System;
using System.Collections.Generic;
using System.Linq;
using MathNet.Numerics.LinearAlgebra;

public sealed record SoftmaxCeResult(double loss, Matrix<double> dZ);

public sealed class ActivationGradsResult
{
    public required double[] sigmoid { get; init; }
    public required double[] tanh { get; init; }
    public required double[] relu { get; init; }
    public required double[] abs { get; init; }
    public required double[] softplus { get; init; }
}

public static class Solutions
{
    // ------------------------------------------------------------ helpers

    /// <summary>Logistic function without overflow: Exp is only taken of a non-positive number.</summary>
    private static double Sigmoid(double x)
    {
        if (x >= 0)
        {
            return 1.0 / (1.0 + Math.Exp(-x));
        }
        var e = Math.Exp(x);
        return e / (1.0 + e);
    }

    /// <summary>Softmax of a row, stable for logits of any magnitude.</summary>
    private static double[] Softmax(double[] z)
    {
        var max = z.Max();
        var e = z.Select(v => Math.Exp(v - max)).ToArray();
        var sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }

    /// <summary>Log-softmax of each row of a matrix (max subtracted first).</summary>
    private static Matrix<double> LogSoftmaxRows(Matrix<double> z)
    {
        var result = z.Clone();
        for (var i = 0; i < z.RowCount; i++)
        {
            var row = z.Row(i);
            var max = row.Maximum();
            var logSum = Math.Log(row.Select(v => Math.Exp(v - max)).Sum()) + max;
            result.SetRow(i, row - logSum);
        }
        return result;
    }

    // ------------------------------------------------------------ 1. toy-network

    public static (double[,] W1, double[] b1, double[] w2, double b2) ToyNetworkGradients(
        double[,] X, double[] t, double[,] W1, double[] b1, double[] w2, double b2)
    {
        int n = X.GetLength(0), d = X.GetLength(1), h = W1.GetLength(1);
        var dW1 = new double[d, h];
        var db1 = new double[h];
        var dw2 = new double[h];
        var db2 = 0.0;
        for (var k = 0; k < n; k++)
        {
            var u = new double[h];
            var y = b2;
            for (var j = 0; j < h; j++)
            {
                u[j] = b1[j];
                for (var i = 0; i < d; i++)
                {
                    u[j] += X[k, i] * W1[i, j];
                }
                y += Math.Max(u[j], 0.0) * w2[j];
            }
            var dy = y - t[k];                    // L = 1/2 sum (y - t)^2, summed
            db2 += dy;
            for (var j = 0; j < h; j++)
            {
                dw2[j] += Math.Max(u[j], 0.0) * dy;
                var du = u[j] > 0 ? dy * w2[j] : 0.0;   // ReLU mask
                db1[j] += du;
                for (var i = 0; i < d; i++)
                {
                    dW1[i, j] += X[k, i] * du;
                }
            }
        }
        return (dW1, db1, dw2, db2);
    }

    // ------------------------------------------------------------ 2. softmax-ce (MathNet)

    public static SoftmaxCeResult SoftmaxCe(Matrix<double> Z, int[] y)
    {
        var n = Z.RowCount;
        var logP = LogSoftmaxRows(Z);
        var loss = 0.0;
        for (var i = 0; i < n; i++)
        {
            loss -= logP[i, y[i]];
        }
        loss /= n;
        var dZ = logP.PointwiseExp();
        for (var i = 0; i < n; i++)
        {
            dZ[i, y[i]] -= 1.0;
        }
        return new SoftmaxCeResult(loss, dZ / n);
    }

    // ------------------------------------------------------------ 3. soft-targets

    public static Dictionary<string, object> SoftTargetGrad(double[] y, double[] t)
    {
        var p = Softmax(y);
        var total = t.Sum();                      // targets need not sum to one
        var dy = p.Select((pk, k) => pk * total - t[k]).ToArray();
        return new Dictionary<string, object> { ["dy"] = dy };
    }

    // ------------------------------------------------------------ 4. lr-range

    public static (double lo, double hi) LrRange(double a, double b, double c)
    {
        // f'(x) = 2ax + b: the error is multiplied by (1 - 2 a eta) each step,
        // which shrinks from every start exactly when 0 < eta < 1/a.
        return (0.0, 1.0 / a);
    }

    // ------------------------------------------------------------ 5. two-layer-l2 (MathNet)

    public static (double loss, Matrix<double> W1, Vector<double> b1, Matrix<double> W2, Vector<double> b2) TwoLayerL2(
        Matrix<double> X, int[] y, Matrix<double> W1, Vector<double> b1, Matrix<double> W2, Vector<double> b2, double lam)
    {
        var n = X.RowCount;
        var z2 = X * W1.Transpose();
        for (var i = 0; i < n; i++)
        {
            z2.SetRow(i, z2.Row(i) + b1);
        }
        var a2 = z2.Map(v => Math.Max(v, 0.0));
        var z3 = a2 * W2.Transpose();
        for (var i = 0; i < n; i++)
        {
            z3.SetRow(i, z3.Row(i) + b2);
        }
        var logP = LogSoftmaxRows(z3);

        var loss = 0.0;
        for (var i = 0; i < n; i++)
        {
            loss -= logP[i, y[i]];
        }
        loss = loss / n + lam * (W1.PointwisePower(2).Enumerate().Sum() + W2.PointwisePower(2).Enumerate().Sum());

        var delta3 = logP.PointwiseExp();
        for (var i = 0; i < n; i++)
        {
            delta3[i, y[i]] -= 1.0;
        }
        delta3 /= n;
        var dW2 = delta3.Transpose() * a2 + 2 * lam * W2;
        var db2 = delta3.ColumnSums();
        var delta2 = (delta3 * W2).PointwiseMultiply(z2.Map(v => v > 0 ? 1.0 : 0.0));
        var dW1 = delta2.Transpose() * X + 2 * lam * W1;
        var db1 = delta2.ColumnSums();
        return (loss, dW1, db1, dW2, db2);
    }

    // ------------------------------------------------------------ 6. activations

    public static ActivationGradsResult ActivationGrads(double[] x)
    {
        return new ActivationGradsResult
        {
            sigmoid = x.Select(v => Sigmoid(v) * (1 - Sigmoid(v))).ToArray(),
            tanh = x.Select(v => 1 - Math.Tanh(v) * Math.Tanh(v)).ToArray(),
            relu = x.Select(v => v > 0 ? 1.0 : 0.0).ToArray(),
            abs = x.Select(v => (double)Math.Sign(v)).ToArray(),
            softplus = x.Select(Sigmoid).ToArray(),
        };
    }

    // ------------------------------------------------------------ 7. elastic-net

    public static Dictionary<string, object> ElasticNetGrad(double[,] W, double l1, double l2)
    {
        int rows = W.GetLength(0), cols = W.GetLength(1);
        var dW = new double[rows, cols];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                dW[i, j] = l1 * Math.Sign(W[i, j]) + 2 * l2 * W[i, j];
            }
        }
        return new Dictionary<string, object> { ["dW"] = dW };
    }

    // ------------------------------------------------------------ 8. logistic-l2

    public static (double[] w, double w0) LogisticL2Grads(double[,] X, double[] y, double[] w, double w0, double lam)
    {
        int n = X.GetLength(0), d = X.GetLength(1);
        var dw = new double[d];
        var dw0 = 0.0;
        for (var i = 0; i < n; i++)
        {
            var m = w0;
            for (var j = 0; j < d; j++)
            {
                m += w[j] * X[i, j];
            }
            var r = Sigmoid(m) - y[i];            // finite for any margin
            dw0 += r / n;
            for (var j = 0; j < d; j++)
            {
                dw[j] += r * X[i, j] / n;
            }
        }
        for (var j = 0; j < d; j++)
        {
            dw[j] += 2 * lam * w[j];              // bias not regularised
        }
        return (dw, dw0);
    }

    // ------------------------------------------------------------ 9. bce

    public static Dictionary<string, object> BceGrad(double[] a, double[] y)
    {
        var n = a.Length;
        var da = a.Select((ai, i) => (-y[i] / ai + (1 - y[i]) / (1 - ai)) / n).ToArray();
        return new Dictionary<string, object> { ["da"] = da };
    }

    // ------------------------------------------------------------ 10. nielsen-backprop

    public static (List<double[,]> nabla_b, List<double[,]> nabla_w) Backprop(
        double[,] x, double[,] y, List<double[,]> weights, List<double[,]> biases)
    {
        var layers = weights.Count;
        var activations = new List<double[]> { Column(x) };
        var zs = new List<double[]>();
        for (var l = 0; l < layers; l++)
        {
            var w = weights[l];
            var a = activations[^1];
            var z = new double[w.GetLength(0)];
            for (var i = 0; i < z.Length; i++)
            {
                z[i] = biases[l][i, 0];
                for (var j = 0; j < a.Length; j++)
                {
                    z[i] += w[i, j] * a[j];
                }
            }
            zs.Add(z);
            activations.Add(z.Select(Sigmoid).ToArray());
        }

        var nablaB = new double[layers][,];
        var nablaW = new double[layers][,];
        var target = Column(y);
        var delta = activations[^1].Select((aL, i) => (aL - target[i]) * SigmoidPrime(zs[^1][i])).ToArray();
        for (var l = layers - 1; l >= 0; l--)
        {
            nablaB[l] = new double[delta.Length, 1];
            nablaW[l] = new double[delta.Length, activations[l].Length];
            for (var i = 0; i < delta.Length; i++)
            {
                nablaB[l][i, 0] = delta[i];
                for (var j = 0; j < activations[l].Length; j++)
                {
                    nablaW[l][i, j] = delta[i] * activations[l][j];
                }
            }
            if (l > 0)
            {
                var w = weights[l];
                var next = new double[w.GetLength(1)];
                for (var j = 0; j < next.Length; j++)
                {
                    var s = 0.0;
                    for (var i = 0; i < delta.Length; i++)
                    {
                        s += w[i, j] * delta[i];
                    }
                    next[j] = s * SigmoidPrime(zs[l - 1][j]);
                }
                delta = next;
            }
        }
        return (nablaB.ToList(), nablaW.ToList());
    }

    private static double SigmoidPrime(double z) => Sigmoid(z) * (1 - Sigmoid(z));

    private static double[] Column(double[,] m) =>
        Enumerable.Range(0, m.GetLength(0)).Select(i => m[i, 0]).ToArray();

    // ------------------------------------------------------------ 11. sgd-epoch

    public static (double[,] W, double[] b) SgdEpoch(double[,] X, int[] y, double[,] W, double[] b, double lr, int batch_size)
    {
        int n = X.GetLength(0), d = X.GetLength(1), k = W.GetLength(1);
        var w = (double[,])W.Clone();
        var bias = (double[])b.Clone();
        for (var start = 0; start < n; start += batch_size)
        {
            var end = Math.Min(start + batch_size, n);   // the last batch may be shorter
            var size = end - start;
            var gW = new double[d, k];
            var gb = new double[k];
            for (var i = start; i < end; i++)
            {
                var scores = new double[k];
                for (var c = 0; c < k; c++)
                {
                    scores[c] = bias[c];
                    for (var j = 0; j < d; j++)
                    {
                        scores[c] += X[i, j] * w[j, c];
                    }
                }
                var p = Softmax(scores);
                p[y[i]] -= 1.0;
                for (var c = 0; c < k; c++)
                {
                    gb[c] += p[c] / size;
                    for (var j = 0; j < d; j++)
                    {
                        gW[j, c] += X[i, j] * p[c] / size;
                    }
                }
            }
            // both updated from the same batch gradient
            for (var c = 0; c < k; c++)
            {
                bias[c] -= lr * gb[c];
                for (var j = 0; j < d; j++)
                {
                    w[j, c] -= lr * gW[j, c];
                }
            }
        }
        return (w, bias);
    }
}
