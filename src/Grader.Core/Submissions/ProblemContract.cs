namespace Grader.Submissions;

/// <summary>What a submission must implement for one problem: function names, inputs and outputs.</summary>
public sealed record ProblemContract(
    string Id,
    string PythonName,
    string CSharpName,
    IReadOnlyList<string> InputNames,
    IReadOnlyList<OutputContract> Outputs);
