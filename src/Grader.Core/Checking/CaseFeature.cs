using Grader.Reference;

namespace Grader.Checking;

/// <summary>
/// A yes/no property of a case read from its inputs and sizes alone (lam = 0, N a multiple of
/// batch_size, the public case's sizes…), with the words that say where it holds and where it does
/// not. Those words speak of the inputs in general, never of a hidden case's values.
/// </summary>
/// <param name="Holds">Whether a case has the feature.</param>
/// <param name="Where">Where it holds, e.g. <c>where lam = 0</c>.</param>
/// <param name="WhereNot">Where it does not, e.g. <c>where lam &gt; 0</c>.</param>
/// <param name="Hint">Where to look in the code when the failures follow this feature, if there is a general hint.</param>
internal sealed record CaseFeature(Func<SolvedCase, bool> Holds, string Where, string WhereNot, string? Hint = null)
{
    /// <summary>
    /// For "the sizes are the public case's": those sizes as they may be named (<c>N = 4, H = 3</c>);
    /// failing exactly where they differ is the code having them written in.
    /// </summary>
    public string? PublicSizes { get; init; }

    /// <summary>For a public-sizes feature, what every other case has: <c>other sizes</c>, <c>another N</c>.</summary>
    public string OtherSizes { get; init; } = "";
}
