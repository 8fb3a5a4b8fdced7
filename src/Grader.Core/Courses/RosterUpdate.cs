namespace Grader.Courses;

/// <summary>A course's roster after a gradebook import (<see cref="ImportedRoster.MergeInto"/>), and what changed.</summary>
/// <param name="Students">The whole roster to write: the course's students first, in their order, then the new ones.</param>
/// <param name="Added">Students new to the course.</param>
/// <param name="Updated">Students whose name or login the export changed.</param>
/// <param name="Unchanged">Students the export lists as the course already had them.</param>
/// <param name="NotInExport">Students of the course the export no longer lists: kept.</param>
public sealed record RosterUpdate(IReadOnlyList<RosterStudent> Students, int Added, int Updated, int Unchanged, IReadOnlyList<RosterStudent> NotInExport);
