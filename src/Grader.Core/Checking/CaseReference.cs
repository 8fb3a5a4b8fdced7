using Grader.Values;

namespace Grader.Checking;

/// <summary>One case with its reference outputs.</summary>
/// <param name="Lower">Per element, the lower end of the accepted interval (a subgradient at a kink); equal to <paramref name="Expected"/> elsewhere.</param>
/// <param name="Upper">Per element, the upper end of the accepted interval.</param>
public sealed record CaseReference(
    string Name,
    bool Hidden,
    IReadOnlyDictionary<string, int> Dims,
    IReadOnlyDictionary<string, Value> Inputs,
    IReadOnlyDictionary<string, Value> Expected,
    IReadOnlyDictionary<string, Value> Lower,
    IReadOnlyDictionary<string, Value> Upper);
