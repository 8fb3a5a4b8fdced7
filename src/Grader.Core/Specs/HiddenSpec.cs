
using Grader.Specs.Generators;

namespace Grader.Specs;

/// <summary>How hidden cases are drawn: sizes, value distributions, special cases.</summary>
public sealed record HiddenSpec(
    int Count,
    int Seed,
    IReadOnlyList<DimSpec> Dims,
    IReadOnlyDictionary<string, ValueSpec> Values,
    double Margin,
    IReadOnlyList<SpecialCasesSpec> Specials,
    SourceLocation Location);

/// <summary>A dimension drawn uniformly from [Low, High]; with <see cref="ListLength"/>, a list of such sizes.</summary>
public sealed record DimSpec(string Name, DimExpression Low, DimExpression High, DimExpression? ListLength, SourceLocation Location);

/// <summary>How one input's entries are drawn: a distribution, optionally with a share of exact zeros.</summary>
public sealed record ValueSpec(Distribution Distribution, double Zeros, SourceLocation Location);

/// <summary>A group of extra hidden cases that override some sizes or distributions (large logits, exact zeros…).</summary>
public sealed record SpecialCasesSpec(
    string Name,
    int Count,
    IReadOnlyList<DimSpec> Dims,
    IReadOnlyDictionary<string, ValueSpec> Values,
    double? Margin,
    SourceLocation Location);
