using Grader.Specs;
using Grader.Specs.Generators;
using Grader.Values;

namespace Grader.Cases;

public static partial class CaseGenerator
{
    private static readonly Distribution StandardNormal = Distribution.Parse(SourceText.Inline("normal(0, 1)", "<default>"));

    private static DimScope DrawDims(HiddenSpec hidden, SpecialCasesSpec? special, Random random)
    {
        var overrides = special?.Dims ?? [];
        return DrawDims(new DimScope(), hidden.Dims.Where(d => overrides.All(o => o.Name != d.Name)).Concat(overrides), random);
    }

    /// <summary>Draws each size (or list of sizes) in order into <paramref name="scope"/>; later ones may use earlier ones.</summary>
    private static DimScope DrawDims(DimScope scope, IEnumerable<DimSpec> dims, Random random)
    {
        foreach (var dim in dims)
        {
            if (dim.ListLength is { } lengthExpression)
            {
                var length = lengthExpression.Evaluate(scope);
                scope.SetList(dim.Name, [.. Enumerable.Range(0, length).Select(_ => DrawSize(dim, scope, random))]);
            }
            else
            {
                scope.Set(dim.Name, DrawSize(dim, scope, random));
            }
        }

        return scope;
    }

    private static int DrawSize(DimSpec dim, DimScope scope, Random random)
    {
        var (low, high) = (dim.Low.Evaluate(scope), dim.High.Evaluate(scope));
        if (high < low || low < 0)
        {
            throw new SpecException(dim.Location, $"dimension '{dim.Name}' has the empty range [{low}, {high}]", "write [low, high] with 0 <= low <= high");
        }

        return random.Next(low, high + 1);
    }

    private static Value DrawInput(InputSpec input, ValueSpec? values, DimScope dims, Random random)
    {
        if (input.Kind == InputKind.FloatList)
        {
            var length = DimExpression.Parse(SourceText.Inline(input.ListLength!)).Evaluate(dims);
            return new TensorList([.. Enumerable.Range(0, length).Select(i => DrawTensor(input, values, dims.With("i", i), random))]);
        }

        return DrawTensor(input, values, dims, random);
    }

    private static Tensor DrawTensor(InputSpec input, ValueSpec? values, DimScope dims, Random random)
    {
        var shape = input.Shape.Select(entry => ShapeEntry(input, entry, dims)).ToArray();
        var distribution = values?.Distribution ?? StandardNormal;
        var isInteger = input.Kind == InputKind.Int;
        if (isInteger && !distribution.IsInteger)
        {
            throw new SpecException(values?.Location ?? input.Location, $"input '{input.Name}' is int, but {distribution.Text} draws fractions", "use randint(low, high), bernoulli(p) or choice of whole numbers");
        }

        var data = new double[Tensor.ShapeSize(shape)];
        if (distribution.IsOneHot)
        {
            var width = shape.Length == 0 ? 1 : shape[^1];
            for (var row = 0; row < data.Length / Math.Max(1, width); row++)
            {
                data[(row * width) + random.Next(width)] = 1;
            }
        }
        else
        {
            for (var j = 0; j < data.Length; j++)
            {
                data[j] = distribution.Sample(random, dims);
                if (values is { Zeros: > 0 } && random.NextDouble() < values.Zeros)
                {
                    data[j] = 0;
                }
            }
        }

        return new Tensor(shape, data, isInteger);
    }

    private static int ShapeEntry(InputSpec input, string entry, DimScope dims)
    {
        try
        {
            return DimExpression.Parse(SourceText.Inline(entry)).Evaluate(dims);
        }
        catch (SpecException e)
        {
            throw new SpecException(input.Location, $"the shape of input '{input.Name}' uses {entry}, which hidden.dims does not give: {e.Problem}", "add a range for it under hidden.dims, e.g. N: [3, 40]");
        }
    }

    private static ValueSpec? Pick(string name, HiddenSpec hidden, SpecialCasesSpec? special) =>
        special?.Values.GetValueOrDefault(name)
        ?? hidden.Values.GetValueOrDefault(name)
        ?? special?.Values.GetValueOrDefault("default")
        ?? hidden.Values.GetValueOrDefault("default");
}
