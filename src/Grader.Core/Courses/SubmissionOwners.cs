namespace Grader.Courses;

/// <summary>Tells a submission's owner: the command line's <c>--student</c>, then answers.yaml's <c>student:</c>, then the roster's names.</summary>
public static class SubmissionOwners
{
    /// <param name="commandLine">The id given with --student (checked against the roster before grading).</param>
    /// <param name="claimed">The id answers.yaml gives, if any.</param>
    public static SubmissionOwner Of(Course course, string submissionName, string? commandLine, string? claimed)
    {
        if (commandLine is not null && course.Find(commandLine) is { } given)
        {
            return new SubmissionOwner(given, OwnerSource.CommandLine);
        }

        if (claimed is not null)
        {
            return course.Find(claimed) is { } student
                ? new SubmissionOwner(student, OwnerSource.AnswersFile)
                : new SubmissionOwner(null, OwnerSource.Unknown, claimed);
        }

        return course.OwnerOf(submissionName) is { } owner
            ? new SubmissionOwner(owner, OwnerSource.Roster)
            : new SubmissionOwner(null, OwnerSource.Unknown);
    }
}
