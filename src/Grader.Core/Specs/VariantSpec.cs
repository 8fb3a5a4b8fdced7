namespace Grader.Specs;

/// <summary>
/// How a student's own public case (their variant) is drawn (<c>variant:</c>). By default it keeps the
/// public case's sizes and draws the values like the hidden cases, away from kinks, rounded to
/// <see cref="Decimals"/> so a handout can print them exactly.
/// </summary>
/// <param name="Enabled">False for <c>variant: none</c>: every student gets the public case.</param>
/// <param name="Dims">Sizes drawn instead of the public case's.</param>
/// <param name="Values">Distributions that win over <c>hidden.values</c>.</param>
/// <param name="Keep">Inputs every student gets as the public case has them.</param>
/// <param name="Margin">The kink margin; null: hidden.margin.</param>
public sealed record VariantSpec(
    bool Enabled,
    IReadOnlyList<DimSpec> Dims,
    IReadOnlyDictionary<string, ValueSpec> Values,
    IReadOnlyList<string> Keep,
    int Decimals,
    double? Margin,
    SourceLocation? Location)
{
    public const int DefaultDecimals = 2;

    public static VariantSpec Default { get; } = new(true, [], new Dictionary<string, ValueSpec>(), [], DefaultDecimals, null, null);

    public static VariantSpec None { get; } = Default with { Enabled = false };
}
