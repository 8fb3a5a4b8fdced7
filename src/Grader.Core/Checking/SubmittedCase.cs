using Grader.Values;

namespace Grader.Checking;

/// <summary>What a submission produced for one case.</summary>
/// <param name="OutputProblems">Problems the runner found converting returned values (e.g. a string where a number was expected).</param>
public sealed record SubmittedCase(
    string CaseName,
    SubmittedOutcome Outcome,
    IReadOnlyDictionary<string, Value>? Outputs,
    IReadOnlyList<string> OutputProblems,
    string? Message,
    string? Traceback,
    string Stdout,
    TimeSpan Duration);
