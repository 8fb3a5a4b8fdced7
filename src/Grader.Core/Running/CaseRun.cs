using Grader.Values;

namespace Grader.Running;

/// <summary>
/// The result of one case: the outputs by name when the function returned, the problems with what it
/// returned, or why it did not return. <see cref="Stdout"/> is what the code printed, bounded in size.
/// </summary>
public sealed record CaseRun(
    string CaseName,
    bool Hidden,
    CaseOutcome Outcome,
    IReadOnlyDictionary<string, Value>? Outputs,
    IReadOnlyList<string> OutputProblems,
    string? Message,
    string? Traceback,
    string Stdout,
    TimeSpan Duration)
{
    internal static CaseRun Failed(CaseArguments arguments, CaseOutcome outcome, string? message, string? traceback = null, string stdout = "") =>
        new(arguments.CaseName, arguments.Hidden, outcome, null, [], message, traceback, stdout, TimeSpan.Zero);
}
