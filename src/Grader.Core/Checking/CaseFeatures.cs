using Grader.Reference;
using Grader.Values;

namespace Grader.Checking;

/// <summary>
/// The features a problem's cases can be told apart by, from their inputs and sizes only, simplest
/// first: a scalar input at 0, a size of 1, a size that is a multiple of an integer input, a special
/// group of hidden cases, a kink met exactly, large inputs, and the public case's sizes.
/// </summary>
internal static class CaseFeatures
{
    /// <summary>Inputs larger than this make exp overflow or σ saturate (the threshold the diagnoses name).</summary>
    public const double LargeInput = 30;

    public static IReadOnlyList<CaseFeature> Of(IReadOnlyList<SolvedCase> cases)
    {
        if (cases.Count == 0)
        {
            return [];
        }

        var scalars = cases[0].Case.Inputs.Where(p => p.Value is Tensor { Rank: 0 }).Select(p => p.Key).ToList();
        var dims = cases[0].Case.Dims.Scalars.Keys.ToList();
        var features = new List<CaseFeature>();
        foreach (var input in scalars.Where(s => !IsInteger(cases[0], s)))
        {
            var values = cases.Select(c => ScalarOf(c, input)).OfType<double>().ToList();
            var sign = values.All(v => v >= 0) ? 1 : values.All(v => v <= 0) ? -1 : 0;
            features.Add(new(c => ScalarOf(c, input) == 0, Diagnosis.WhereZero(input), Diagnosis.WhereNonZero(input, sign), Diagnosis.ZeroHint(input)));
        }

        foreach (var dim in dims)
        {
            features.Add(new(c => SizeOf(c, dim) == 1, Diagnosis.WhereSizeOne(dim), Diagnosis.WhereSizeAboveOne(dim), Diagnosis.SizeOneHint(dim)));
        }

        var divisors = scalars.Where(s => IsInteger(cases[0], s) && cases.All(c => ScalarOf(c, s) >= 1)).ToList();
        foreach (var dim in dims)
        {
            foreach (var divisor in divisors)
            {
                features.Add(new(
                    c => SizeOf(c, dim) is { } size && ScalarOf(c, divisor) is { } d && size % (long)d == 0,
                    Diagnosis.WhereMultiple(dim, divisor),
                    Diagnosis.WhereNotMultiple(dim, divisor),
                    Diagnosis.MultipleHint(dim, divisor)));
            }
        }

        foreach (var group in cases.Where(c => c.Hidden).Select(c => c.Case.Group).OfType<string>().Distinct())
        {
            features.Add(new(c => c.Hidden && c.Case.Group == group, Diagnosis.InGroup(group), Diagnosis.OutsideGroup(group)));
        }

        features.Add(new(c => c.KinkDistance == 0, Diagnosis.WhereKinkAtZero, Diagnosis.WhereNoKinkAtZero, Diagnosis.KinkHint));
        features.Add(new(c => Diagnostician.LargestInput(c.Case) > LargeInput, Diagnosis.WhereLarge(LargeInput), Diagnosis.WhereNotLarge(LargeInput), Diagnosis.LargeHint));
        features.AddRange(PublicSizes(cases));
        return features;
    }

    /// <summary>The sizes of the one public case, all together, then each alone: those may be named.</summary>
    private static IEnumerable<CaseFeature> PublicSizes(IReadOnlyList<SolvedCase> cases)
    {
        var publicCases = cases.Where(c => !c.Hidden).ToList();
        if (publicCases.Count != 1)
        {
            yield break;
        }

        var dims = publicCases[0].Case.Dims;
        if (!dims.Names.Any())
        {
            yield break;
        }

        var sizes = string.Join(", ", dims.Scalars.Select(p => Diagnosis.Size(p.Key, p.Value))
            .Concat(dims.Lists.Select(p => Diagnosis.SizeList(p.Key, p.Value))));
        yield return new CaseFeature(c => SameSizes(c, dims), Diagnosis.WherePublicSizes(sizes), Diagnosis.WhereNotPublicSizes(sizes))
        {
            PublicSizes = sizes,
            OtherSizes = Diagnosis.OtherSizes,
        };

        if (dims.Scalars.Count + dims.Lists.Count == 1)
        {
            yield break;
        }

        foreach (var (dim, size) in dims.Scalars)
        {
            yield return new CaseFeature(c => SizeOf(c, dim) == size, Diagnosis.WherePublicSize(dim, size), Diagnosis.WhereNotPublicSize(dim, size))
            {
                PublicSizes = Diagnosis.Size(dim, size),
                OtherSizes = Diagnosis.AnotherSize(dim),
            };
        }
    }

    private static bool SameSizes(SolvedCase @case, Specs.Generators.DimScope sizes) =>
        sizes.Scalars.All(p => SizeOf(@case, p.Key) == p.Value)
        && sizes.Lists.All(p => @case.Case.Dims.List(p.Key) is { } list && list.SequenceEqual(p.Value));

    private static int? SizeOf(SolvedCase @case, string dim) => @case.Case.Dims.Scalar(dim);

    private static double? ScalarOf(SolvedCase @case, string input) =>
        @case.Case.Inputs.GetValueOrDefault(input) is Tensor { Rank: 0 } t ? t[0] : null;

    private static bool IsInteger(SolvedCase @case, string input) => @case.Case.Inputs[input] is Tensor { IsInteger: true };
}
