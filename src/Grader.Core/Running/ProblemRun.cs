using Grader.Running.Answers;
using Grader.Submissions;
using Grader.Worker.Protocol;

namespace Grader.Running;

/// <summary>
/// All cases of one problem for one submission. <see cref="LoadError"/> holds the import or compile
/// failure (with the student's traceback) when the code could not be loaded at all.
/// </summary>
public sealed record ProblemRun(string ProblemId, Attempt? Attempt, string? LoadError, IReadOnlyList<CaseRun> Cases)
{
    /// <summary>A notebook's cells that raised while it ran (the others ran and defined what they define).</summary>
    internal IReadOnlyList<CellError> CellErrors { get; init; } = [];

    /// <summary>The formula answers of an answers file, as written and as read, for the reports.</summary>
    public IReadOnlyList<FormulaShown> Formulas { get; init; } = [];
}
