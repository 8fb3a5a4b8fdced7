namespace Grader.Courses;

/// <summary>
/// Whose submission it is, and so which numbers its public case has: the student's own variant, or
/// (owner unknown) the public case of the statement, which the instructor's report flags.
/// </summary>
/// <param name="Student">The roster student; null when the owner cannot be told.</param>
/// <param name="Claimed">An id answers.yaml gives that is not the owner's: it names no roster student, or another one than the roster or --student says.</param>
public sealed record SubmissionOwner(RosterStudent? Student, OwnerSource Source, string? Claimed = null)
{
    public bool Known => Student is not null;
}
