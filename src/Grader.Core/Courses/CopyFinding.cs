namespace Grader.Courses;

/// <summary>
/// Instructor-only: a problem whose typed numbers are wrong for the submission's own variant but
/// right for another's. Never shown in a student's feedback.
/// </summary>
/// <param name="Source">The student whose variant the numbers answer; null: the statement's public case (everyone's numbers before variants).</param>
public sealed record CopyFinding(string ProblemId, RosterStudent? Source)
{
    /// <summary>Whose numbers, as the instructor reads it.</summary>
    public string SourceName => Source is null ? "the statement's public case" : $"{Source.Name} ({Source.Id})";
}
