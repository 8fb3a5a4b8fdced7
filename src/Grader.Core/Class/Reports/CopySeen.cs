namespace Grader.Class.Reports;

/// <summary>A copy finding as a completion record keeps it: whose variant a problem's typed numbers are.</summary>
/// <param name="SourceId">The roster id of the student whose numbers they are; null: the statement's public case.</param>
public sealed record CopySeen(string ProblemId, string? SourceId, string Source);
