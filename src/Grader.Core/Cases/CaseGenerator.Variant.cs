using Grader.Specs;
using Grader.Specs.Generators;
using Grader.Values;

namespace Grader.Cases;

public static partial class CaseGenerator
{
    /// <summary>
    /// A student's own public case, drawn from <paramref name="seed"/> alone (the course's seed of
    /// the student and problem) as the spec's <c>variant:</c> says: the public case's sizes unless
    /// variant.dims draws others, values like the hidden cases unless variant.values says otherwise,
    /// kept inputs copied, values rounded to variant.decimals, kinks at least the margin from 0.
    /// Named like the public case it replaces, and not hidden.
    /// </summary>
    public static GradingCase Variant(ProblemSpec spec, int seed, Func<IReadOnlyDictionary<string, Value>, double> kinkDistance)
    {
        var variant = spec.Variant;
        var written = spec.Cases.First(c => !c.Hidden);
        var publicDims = DimBinder.Bind(spec.Inputs, written.Inputs);
        if (!variant.Enabled)
        {
            return new GradingCase(written.Name, false, publicDims, written.Inputs);
        }

        var hidden = spec.Hidden;
        var margin = variant.Margin ?? hidden?.Margin ?? 0;
        var random = new Random(seed);
        var closest = double.NaN;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var dims = DrawDims(new DimScope(publicDims.Scalars, publicDims.Lists), variant.Dims, random);
            var inputs = spec.Inputs.ToDictionary(
                i => i.Name,
                i => variant.Keep.Contains(i.Name) ? written.Inputs[i.Name] : Round(DrawInput(i, VariantValues(i.Name, variant, hidden), dims, random), variant.Decimals));
            closest = margin <= 0 ? double.PositiveInfinity : kinkDistance(inputs);
            if (closest >= margin)
            {
                return new GradingCase(written.Name, false, dims, inputs, VariantGroup);
            }
        }

        throw new SpecException(
            variant.Location ?? hidden?.Location ?? new SourceLocation(spec.File.Path, 1, 1),
            $"could not draw a variant with every kink argument at least {margin} away from 0 in {MaxAttempts} tries (closest {closest:G3})",
            "widen variant.values, or lower variant.margin (margin: none allows kinks at 0)");
    }

    /// <summary>The group of a student's own public case.</summary>
    public const string VariantGroup = "variant";

    private static ValueSpec? VariantValues(string name, VariantSpec variant, HiddenSpec? hidden) =>
        variant.Values.GetValueOrDefault(name)
        ?? hidden?.Values.GetValueOrDefault(name)
        ?? variant.Values.GetValueOrDefault("default")
        ?? hidden?.Values.GetValueOrDefault("default");

    /// <summary>
    /// Rounded for the handout, but a value drawn nonzero stays nonzero: a weight rounded to 0 would
    /// cut a path of the network, and whatever a mistake does along it would not show.
    /// </summary>
    private static double RoundAwayFromZero(double x, int decimals)
    {
        var rounded = Math.Round(x, decimals, MidpointRounding.ToEven);
        return rounded == 0 && x != 0 ? Math.CopySign(Math.Pow(10, -decimals), x) : rounded;
    }

    private static Value Round(Value value, int decimals) => value switch
    {
        Tensor { IsInteger: true } => value,
        Tensor tensor => new Tensor(tensor.ShapeArray(), [.. tensor.ToArray().Select(x => RoundAwayFromZero(x, decimals))]),
        TensorList list => new TensorList([.. list.Items.Select(t => (Tensor)Round(t, decimals))]),
        _ => value,
    };
}
