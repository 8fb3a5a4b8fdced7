using System;

public static class ToyNetwork
{
    public static (double[,] W1, double[] b1, double[] w2, double b2) ToyNetworkGradients(
        double[,] X, double[] t, double[,] W1, double[] b1, double[] w2, double b2)
    {
        int n = X.GetLength(0);
        int h = w2.Length;

        // one row per hidden unit, one column per input
        var gradW1 = new double[h, 2];
        var gradB1 = new double[h];
        var gradW2 = new double[h];
        double gradB2 = 0;

        for (int k = 0; k < n; k++)
        {
            var u = new double[h];
            var z = new double[h];
            double y = b2;
            for (int j = 0; j < h; j++)
            {
                u[j] = X[k, 0] * W1[0, j] + X[k, 1] * W1[1, j] + b1[j];
                z[j] = Math.Max(0, u[j]);
                y += z[j] * w2[j];
            }

            double err = y - t[k];
            gradB2 += err;
            for (int j = 0; j < h; j++)
            {
                gradW2[j] += err * z[j];
                if (u[j] > 0)
                {
                    gradB1[j] += err * w2[j];
                    gradW1[j, 0] += err * w2[j] * X[k, 0];
                    gradW1[j, 1] += err * w2[j] * X[k, 1];
                }
            }
        }

        return (gradW1, gradB1, gradW2, gradB2);
    }
}
