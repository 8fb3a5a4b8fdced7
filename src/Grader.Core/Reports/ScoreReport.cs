using Grader.Checking;
using Grader.Courses;
using Grader.Submissions;

namespace Grader.Reports;

/// <summary>The graded result of one submission: every problem's score and the errors found reading its files.</summary>
/// <param name="Submission">The submission's name, e.g. its folder or zip name.</param>
/// <param name="FileErrors">Problems reading the submission's files (syntax errors, unreadable notebooks, malformed answers).</param>
/// <param name="Duration">How long grading took, all cases included.</param>
public sealed record ScoreReport(
    string Submission,
    IReadOnlyList<ProblemScore> Problems,
    IReadOnlyList<FileIssue> FileErrors,
    TimeSpan Duration)
{
    /// <summary>When the submission was graded; written by the json and junit formats when set.</summary>
    public DateTimeOffset? GradedAt { get; init; }

    /// <summary>Graded on the public cases only (a student's self-check).</summary>
    public bool PublicOnly { get; init; }

    /// <summary>Whose submission it is in a course with variants (null: no course); its public cases were that student's own.</summary>
    public SubmissionOwner? Owner { get; init; }

    /// <summary>Instructor-only: problems whose typed numbers are another student's (or the statement's) variant.</summary>
    public IReadOnlyList<CopyFinding> Copies { get; init; } = [];

    /// <summary>Instructor-only: a print of each problem's typed numbers that are not right (the class report groups equal ones).</summary>
    public IReadOnlyDictionary<string, string> WrongAnswerPrints { get; init; } = new Dictionary<string, string>();

    /// <summary>How the student's code was isolated, when a run says so (Gradescope's summary shows it; docs/security.md).</summary>
    public string? Isolation { get; init; }

    public double Score => Math.Round(Problems.Sum(p => p.Score), 6);

    public double MaxScore => Problems.Sum(p => p.MaxScore);
}
