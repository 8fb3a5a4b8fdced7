using Grader.Reference;
using Grader.Running.Exceptions;
using Grader.Values;

namespace Grader.Running;

/// <summary>
/// The result of one case, carrying the case itself so the checker compares it without looking
/// anything up: the outputs by name when the function returned, the problems with what it returned,
/// or why it did not return. <see cref="Stdout"/> is what the code printed, bounded in size.
/// </summary>
/// <param name="OutputProblems">Problems converting returned values (e.g. a string where a number was expected).</param>
public sealed record CaseRun(
    SolvedCase Case,
    CaseOutcome Outcome,
    IReadOnlyDictionary<string, Value>? Outputs,
    IReadOnlyList<string> OutputProblems,
    string? Message,
    string? Traceback,
    string Stdout,
    TimeSpan Duration)
{
    /// <summary>What the student may read of the exception the case raised (null unless it raised with a traceback).</summary>
    public ExceptionSummary? Exception { get; init; }

    internal static CaseRun Failed(SolvedCase @case, CaseOutcome outcome, string? message, string? traceback = null, string stdout = "") =>
        new(@case, outcome, null, [], message, traceback, stdout, TimeSpan.Zero);
}
