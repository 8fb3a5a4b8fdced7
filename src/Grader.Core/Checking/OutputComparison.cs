using Grader.Values;

namespace Grader.Checking;

/// <summary>One output of one case: whether it passed, the worst error found and, if known, why it is wrong.</summary>
/// <param name="MaxAbsError">The largest distance from the accepted interval; <c>null</c> when nothing could be compared (missing, wrong shape, nan or inf, not returned).</param>
/// <param name="MaxRelError">That distance relative to max(|got|, |expected|), the largest over elements; <c>null</c> likewise.</param>
/// <param name="Got">The submitted value, when the case returned one.</param>
public sealed record OutputComparison(
    string Name,
    bool Passed,
    double? MaxAbsError,
    double? MaxRelError,
    Diagnosis? Diagnosis,
    double Score,
    double MaxScore,
    Value? Expected,
    Value? Got);
