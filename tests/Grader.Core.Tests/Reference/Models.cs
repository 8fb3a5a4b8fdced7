using Grader.Reference;
using Grader.Specs;
using Grader.Values;

namespace Grader.Core.Tests.Reference;

/// <summary>Builds programs and inputs for the reference engine tests.</summary>
internal static class Models
{
    public static InputDeclaration Float(string name, params string[] shape) => new(name, InputKind.Float, shape);

    public static InputDeclaration Int(string name, params string[] shape) => new(name, InputKind.Int, shape);

    public static InputDeclaration List(string name, params string[] elementShape) => new(name, InputKind.FloatList, elementShape);

    public static ModelProgram Compile(string? model, InputDeclaration[] inputs, params (string Name, string Expression)[] outputs) =>
        ModelProgram.Compile(
            model is null ? null : SourceText.Inline(model),
            inputs,
            [.. outputs.Select(o => new OutputDeclaration(o.Name, SourceText.Inline(o.Expression, $"<output {o.Name}>")))]);

    public static Dictionary<string, Value> Inputs(params (string Name, Value Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    public static Tensor M(double[,] values) => Tensor.Matrix(values);

    public static Tensor M(int[,] values)
    {
        var copy = new double[values.GetLength(0), values.GetLength(1)];
        for (var i = 0; i < copy.GetLength(0); i++)
        {
            for (var j = 0; j < copy.GetLength(1); j++)
            {
                copy[i, j] = values[i, j];
            }
        }

        return Tensor.Matrix(copy);
    }

    public static Tensor V(params double[] values) => Tensor.Vector(values);

    public static Tensor S(double value) => Tensor.Scalar(value);

    public static Tensor Labels(params long[] values) => Tensor.IntVector(values);

    public static Tensor Random(Random random, double scale, params int[] shape)
    {
        var data = new double[Tensor.ShapeSize(shape)];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = scale * ((2 * random.NextDouble()) - 1);
        }

        return new Tensor(shape, data);
    }

    public static Tensor Output(ModelEvaluation evaluation, string name) => (Tensor)evaluation.Outputs[name];

    public static void AssertClose(Tensor actual, Tensor expected, double tolerance)
    {
        Assert.That(actual.ShapeArray(), Is.EqualTo(expected.ShapeArray()), "shape");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.That(actual[i], Is.EqualTo(expected[i]).Within(tolerance), $"element {i}");
        }
    }
}
