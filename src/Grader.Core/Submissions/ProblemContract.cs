namespace Grader.Submissions;

/// <summary>What a submission must implement for one problem: function names, inputs and outputs.</summary>
public sealed record ProblemContract(
    string Id,
    string? PythonName,
    string? CSharpName,
    IReadOnlyList<string> InputNames,
    IReadOnlyList<OutputContract> Outputs)
{
    /// <summary>
    /// The per-layer quantities a formula answer may define beside the outputs (Nielsen's <c>\delta</c>:
    /// keys <c>\delta^L</c> and <c>\delta^l</c> of <c>answers.yaml</c>), as the spec spells them.
    /// </summary>
    public IReadOnlyList<string> Definitions { get; init; } = [];
}
