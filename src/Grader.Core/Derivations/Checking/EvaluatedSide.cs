namespace Grader.Derivations.Checking;

/// <summary>A side that could be evaluated, with its values on the cases checked, in order.</summary>
/// <param name="Number">The side's number in its chain, from 1.</param>
internal sealed record EvaluatedSide(int Number, SideReading Reading, IReadOnlyList<SideValue> Values);
