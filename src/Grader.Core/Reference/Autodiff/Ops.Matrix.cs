using System.Globalization;
using Grader.Values;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Reference.Autodiff;

internal static partial class Ops
{
    /// <summary>
    /// numpy's <c>@</c> for ranks 1 and 2: a vector on the left is a row, on the right a column, and
    /// that dimension is dropped from the result. Gradients: dA = g Bᵀ, dB = Aᵀ g in the 2-D view.
    /// </summary>
    public static Node MatMul(Node a, Node b)
    {
        var (av, bv) = (a.Value.AsFloat(), b.Value.AsFloat());
        if (av.Rank is 0 or > 2 || bv.Rank is 0 or > 2)
        {
            throw new ShapeFault(
                $"'@' needs vectors or matrices, got shapes {Tensor.FormatShape(av.Shape)} and {Tensor.FormatShape(bv.Shape)}");
        }

        var a2 = av.Rank == 1 ? av.Reshape(1, av.Count) : av;
        var b2 = bv.Rank == 1 ? bv.Reshape(bv.Count, 1) : bv;
        if (a2.Shape[1] != b2.Shape[0])
        {
            throw new ShapeFault(string.Create(
                CultureInfo.InvariantCulture,
                $"shapes {Tensor.FormatShape(av.Shape)} and {Tensor.FormatShape(bv.Shape)} do not align for '@': inner dimensions {a2.Shape[1]} and {b2.Shape[0]} differ"));
        }

        var product = Multiply2D(a2, b2);
        var shape = new List<int>();
        if (av.Rank == 2)
        {
            shape.Add(a2.Shape[0]);
        }

        if (bv.Rank == 2)
        {
            shape.Add(b2.Shape[1]);
        }

        return Node.Operation(product.Reshape([.. shape]), [a, b], g =>
        {
            var g2 = g.Reshape(a2.Shape[0], b2.Shape[1]);
            return
            [
                a.RequiresGrad ? Multiply2D(g2, b2.Transpose()).Reshape(av.ShapeArray()) : null,
                b.RequiresGrad ? Multiply2D(a2.Transpose(), g2).Reshape(bv.ShapeArray()) : null,
            ];
        });
    }

    /// <summary><c>.T</c>: a matrix is transposed, a vector or scalar is unchanged (as in numpy).</summary>
    public static Node Transpose(Node x)
    {
        if (x.Value.Rank > 2)
        {
            throw new ShapeFault($".T of an array of shape {Tensor.FormatShape(x.Shape)} is not supported");
        }

        return x.Value.Rank < 2 ? x : Node.Operation(x.Value.Transpose(), [x], g => [g.Transpose()]);
    }

    /// <summary>
    /// <c>diag(v)</c>: the square matrix with a vector's entries on its diagonal (a column or row vector
    /// counts as a vector), as Nielsen writes Σ′(z) for the elementwise σ′(z). Its gradient is the
    /// diagonal of the upstream gradient.
    /// </summary>
    public static Node Diag(Node x)
    {
        var shape = x.Shape;
        var n = x.Value.Count;
        if (!(shape.Count == 1 || (shape.Count == 2 && (shape[0] == 1 || shape[1] == 1))))
        {
            throw new ShapeFault($"diag takes a vector, got an array of shape {Tensor.FormatShape(shape)}");
        }

        var values = x.Value.ToArray();
        var data = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            data[(i * n) + i] = values[i];
        }

        return Node.Operation(new Tensor([n, n], data), [x], g =>
        {
            var upstream = g.ToArray();
            var diagonal = new double[n];
            for (var i = 0; i < n; i++)
            {
                diagonal[i] = upstream[(i * n) + i];
            }

            return [new Tensor(x.Value.ShapeArray(), diagonal)];
        });
    }

    /// <summary>MathNet is column-major: build from and read back to row-major storage.</summary>
    private static Tensor Multiply2D(Tensor a, Tensor b)
    {
        var ma = Matrix<double>.Build.DenseOfRowMajor(a.Shape[0], a.Shape[1], a.ToArray());
        var mb = Matrix<double>.Build.DenseOfRowMajor(b.Shape[0], b.Shape[1], b.ToArray());
        var product = ma * mb;
        return new Tensor([product.RowCount, product.ColumnCount], product.ToRowMajorArray());
    }
}
