using Grader.Submissions;

namespace Grader.Running;

/// <summary>
/// All cases of one problem for one submission. <see cref="LoadError"/> holds the import or compile
/// failure (with the student's traceback) when the code could not be loaded at all.
/// </summary>
public sealed record ProblemRun(string ProblemId, Attempt? Attempt, string? LoadError, IReadOnlyList<CaseRun> Cases);
