using Grader.Running;
using Grader.Running.Exceptions;
using Grader.Values;

namespace Grader.Checking;

/// <summary>One scored case of a problem: how the run ended and how each output compared.</summary>
public sealed record CaseScore(
    string Name,
    bool Hidden,
    CaseOutcome Outcome,
    double Score,
    double MaxScore,
    IReadOnlyList<OutputComparison> Outputs,
    IReadOnlyList<string> OutputProblems,
    string? Message,
    string? Traceback,
    string Stdout,
    TimeSpan Duration)
{
    /// <summary>The case's inputs, for the instructor's view (never shown to students for hidden cases).</summary>
    public IReadOnlyDictionary<string, Value> Inputs { get; init; } = new Dictionary<string, Value>();

    /// <summary>The student-safe account of the exception the case raised, if it raised one.</summary>
    public ExceptionSummary? Exception { get; init; }

    public bool Passed => Outcome == CaseOutcome.Returned && Outputs.All(o => o.Passed);
}
