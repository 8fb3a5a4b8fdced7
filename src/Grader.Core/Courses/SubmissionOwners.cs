namespace Grader.Courses;

/// <summary>
/// Tells a submission's owner: the command line's <c>--student</c>, then the roster's names for the
/// submission's folder or file (the LMS named it), then answers.yaml's <c>student:</c>. The student
/// writes answers.yaml, so a claim never overrides the roster: a claim that disagrees is kept for
/// the instructor's report.
/// </summary>
public static class SubmissionOwners
{
    /// <param name="commandLine">The id given with --student (checked against the roster before grading).</param>
    /// <param name="claimed">The id answers.yaml gives, if any.</param>
    public static SubmissionOwner Of(Course course, string submissionName, string? commandLine, string? claimed)
    {
        if (commandLine is not null && course.Find(commandLine) is { } given)
        {
            return new SubmissionOwner(given, OwnerSource.CommandLine, Disagreeing(given, claimed));
        }

        if (course.OwnerOf(submissionName) is { } owner)
        {
            return new SubmissionOwner(owner, OwnerSource.Roster, Disagreeing(owner, claimed));
        }

        if (claimed is not null)
        {
            return course.Find(claimed) is { } student
                ? new SubmissionOwner(student, OwnerSource.AnswersFile)
                : new SubmissionOwner(null, OwnerSource.Unknown, claimed);
        }

        return new SubmissionOwner(null, OwnerSource.Unknown);
    }

    private static string? Disagreeing(RosterStudent owner, string? claimed) =>
        claimed is not null && !string.Equals(claimed, owner.Id, StringComparison.OrdinalIgnoreCase) ? claimed : null;
}
