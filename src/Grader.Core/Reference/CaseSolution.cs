using Grader.Cases;
using Grader.Values;

namespace Grader.Reference;

/// <summary>
/// The reference outputs of one case. <see cref="Lower"/> and <see cref="Upper"/> bound each entry
/// where a kink (relu, abs, sign at exactly 0) admits a set of subgradients; elsewhere they equal
/// <see cref="Expected"/>. <see cref="Mistakes"/> holds what each classic mistake would output, in the
/// order of the problem's mistakes (null where a mistake's model cannot run on this case).
/// </summary>
public sealed record CaseSolution(
    GradingCase Case,
    IReadOnlyDictionary<string, Value> Expected,
    IReadOnlyDictionary<string, Value> Lower,
    IReadOnlyDictionary<string, Value> Upper,
    double KinkDistance,
    IReadOnlyList<IReadOnlyDictionary<string, Value>?> Mistakes);
