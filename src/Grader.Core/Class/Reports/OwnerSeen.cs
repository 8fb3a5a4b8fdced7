namespace Grader.Class.Reports;

/// <summary>Whose submission a completion record is, in a course with variants (null id: unknown, graded on the statement's case).</summary>
public sealed record OwnerSeen(string? Id, string? Name, string Source, string? Claimed);
