using Grader.Cases;
using Grader.Values;

namespace Grader.Reference;

/// <summary>
/// One case with its reference, the record that travels from here to the comparison: the runner
/// calls the submission with <see cref="Arguments"/>, each result carries its case, and the checker
/// finds everything it compares against here. <see cref="Lower"/> and <see cref="Upper"/> bound each
/// entry where a kink (relu, abs, sign at exactly 0) admits a set of subgradients; elsewhere they
/// equal <see cref="Expected"/>. <see cref="Mistakes"/> holds what each classic mistake would output,
/// in the order of the problem's mistakes (null where a mistake's model cannot run on this case).
/// </summary>
/// <param name="Arguments">The inputs in the order of the function's arguments.</param>
public sealed record SolvedCase(
    GradingCase Case,
    IReadOnlyList<Value> Arguments,
    IReadOnlyDictionary<string, Value> Expected,
    IReadOnlyDictionary<string, Value> Lower,
    IReadOnlyDictionary<string, Value> Upper,
    double KinkDistance,
    IReadOnlyList<IReadOnlyDictionary<string, Value>?> Mistakes)
{
    public string Name => Case.Name;

    public bool Hidden => Case.Hidden;
}
