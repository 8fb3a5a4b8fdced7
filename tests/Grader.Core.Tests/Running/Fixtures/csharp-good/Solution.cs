using MathNet.Numerics.LinearAlgebra;

public static class Homework
{
    public static (Matrix<double> W1, Vector<double> b1, double[] w2, double b2) ToyNetworkGradients(
        Matrix<double> X, Vector<double> t, double[,] W1, double[] b1, Vector<double> w2, double b2)
    {
        var w1 = Matrix<double>.Build.DenseOfArray(W1);
        var bias = Vector<double>.Build.DenseOfArray(b1);
        var u = X * w1;
        var z = u.Clone();
        for (var i = 0; i < u.RowCount; i++)
        {
            for (var j = 0; j < u.ColumnCount; j++)
            {
                u[i, j] += bias[j];
                z[i, j] = Math.Max(u[i, j], 0);
            }
        }

        var dy = z * w2 + b2 - t;
        var dU = dy.OuterProduct(w2);
        for (var i = 0; i < u.RowCount; i++)
        {
            for (var j = 0; j < u.ColumnCount; j++)
            {
                dU[i, j] = u[i, j] > 0 ? dU[i, j] : 0;
            }
        }

        return (X.TransposeThisAndMultiply(dU), dU.ColumnSums(), (z.Transpose() * dy).ToArray(), dy.Sum());
    }

    public static Dictionary<string, object> SoftmaxCe(double[,] Z, int[] y)
    {
        int n = Z.GetLength(0), k = Z.GetLength(1);
        var dZ = new double[n, k];
        var loss = 0.0;
        for (var i = 0; i < n; i++)
        {
            var max = Enumerable.Range(0, k).Max(j => Z[i, j]);
            var sum = Enumerable.Range(0, k).Sum(j => Math.Exp(Z[i, j] - max));
            for (var j = 0; j < k; j++)
            {
                dZ[i, j] = (Math.Exp(Z[i, j] - max) / sum - (j == y[i] ? 1 : 0)) / n;
            }

            loss -= (Z[i, y[i]] - max - Math.Log(sum)) / n;
        }

        return new Dictionary<string, object> { ["loss"] = loss, ["dZ"] = dZ };
    }
}
