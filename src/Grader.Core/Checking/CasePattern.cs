namespace Grader.Checking;

/// <summary>
/// A feature that is true on exactly the failing cases (or, <see cref="Negated"/>, on exactly the
/// passing ones), found by <see cref="CasePatternFinder"/>.
/// </summary>
internal sealed record CasePattern(CaseFeature Feature, bool Negated)
{
    /// <summary>Where the cases fail, e.g. <c>where lam &gt; 0</c>.</summary>
    public string Where => Negated ? Feature.WhereNot : Feature.Where;

    /// <summary>Right only where the sizes are the public case's: sizes written into the code.</summary>
    public bool PublicSizesOnly => Negated && Feature.PublicSizes is not null;
}
