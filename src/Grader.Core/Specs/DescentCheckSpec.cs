namespace Grader.Specs;

/// <summary>
/// Verifies a learning-rate interval (lo, hi) by simulation: gradient descent on
/// <see cref="Objective"/> from several starts must converge for rates just inside the interval
/// and fail to converge just outside it.
/// </summary>
public sealed record DescentCheckSpec(SourceText Objective, string Variable, string LowOutput, string HighOutput, SourceLocation Location);
