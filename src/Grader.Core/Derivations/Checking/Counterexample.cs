namespace Grader.Derivations.Checking;

/// <summary>
/// Where a step was seen to fail: the smallest failing case (by its inputs' total entries), the entry
/// where the two sides differ most, and their values there. A hidden case is named by its sizes only;
/// the public case may also show its inputs.
/// </summary>
/// <param name="Sizes">The case's dimensions as words: <c>N = 2, K = 3</c>; empty for a problem without any.</param>
/// <param name="Entry">The entry's index in the compared shape; empty for a scalar.</param>
/// <param name="Inputs">The public case's inputs (<c>Z = [[1, 2], …]</c>) when small, else null; always null for a hidden case.</param>
internal sealed record Counterexample(string CaseName, bool Hidden, string Sizes, IReadOnlyList<int> Entry, double Left, double Right, string? Inputs)
{
    public double Gap => Math.Abs(Left - Right);
}
