namespace Grader.Courses;

/// <summary>
/// Whose submission it is, and so which numbers its public case has: the student's own variant, or
/// (owner unknown) the public case of the statement, which the instructor's report flags.
/// </summary>
/// <param name="Student">The roster student; null when the owner cannot be told.</param>
/// <param name="Claimed">The id that named no roster student (answers.yaml's student:), for the flag.</param>
public sealed record SubmissionOwner(RosterStudent? Student, OwnerSource Source, string? Claimed = null)
{
    public bool Known => Student is not null;
}
