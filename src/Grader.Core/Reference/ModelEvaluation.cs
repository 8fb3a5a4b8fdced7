using Grader.Values;

namespace Grader.Reference;

/// <summary>
/// The outputs of one evaluation, and the smallest |argument| met by any kinked function
/// (relu, abs, sign) on the way: +Infinity when none was evaluated.
/// </summary>
public sealed record ModelEvaluation(IReadOnlyDictionary<string, Value> Outputs, double KinkDistance);
