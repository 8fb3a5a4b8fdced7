using Grader.Courses;

namespace Grader.Reports;

/// <summary>
/// Every sentence about whose numbers a submission was graded on, and (instructor only) whose numbers
/// its typed answers are. Names and ids come from the roster and from students: each format escapes them.
/// </summary>
public static class OwnerText
{
    /// <summary>For the student: which public case their numbers were checked on. Null without a course.</summary>
    public static string? ForStudent(SubmissionOwner? owner) => owner switch
    {
        null => null,
        { Student: { } student, Claimed: { } claimed } => $"Graded on your own numbers (student {student.Id}), not on those of student {claimed} that answers.yaml names: the public case of each problem is the one in your handout.",
        { Student: { } student } => $"Graded on your own numbers (student {student.Id}): the public case of each problem is the one in your handout.",
        { Claimed: { } claimed } => $"answers.yaml says student: {claimed}, which is no student of this course, so your typed answers were checked on the statement's public case; write the id your handout gives.",
        _ => "This submission could not be matched to a student of the course, so your typed answers were checked on the statement's public case; add student: YOUR-ID (from your handout) to answers.yaml.",
    };

    /// <summary>For the instructor: whose numbers, told how; or the flag that nobody's.</summary>
    public static string? ForInstructor(SubmissionOwner? owner) => owner switch
    {
        null => null,
        { Student: { } student, Claimed: { } claimed } => $"owner: {student.Name} ({student.Id}), from {Source(owner.Source)}, although answers.yaml claims student '{claimed}'; graded on the owner's own numbers",
        { Student: { } student } => $"owner: {student.Name} ({student.Id}), from {Source(owner.Source)}; graded on their own numbers",
        { Claimed: { } claimed } => $"owner unknown: answers.yaml claims student '{claimed}', who is not in the roster; graded on the statement's public case",
        _ => "owner unknown: no roster student matches this submission's name and answers.yaml names none; graded on the statement's public case",
    };

    /// <summary>Instructor only: one copy finding.</summary>
    public static string Copy(ScoreReport report, CopyFinding copy) =>
        $"{report.Submission}'s {copy.ProblemId} answers are {copy.SourceName}'s numbers" + (report.Owner is { Known: true } ? ", not their own" : "");

    private static string Source(OwnerSource source) => source switch
    {
        OwnerSource.Roster => "the roster (submission name)",
        OwnerSource.AnswersFile => "answers.yaml (student:)",
        OwnerSource.CommandLine => "--student",
        _ => "nowhere",
    };
}
