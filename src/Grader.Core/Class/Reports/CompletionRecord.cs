using Grader.Checking;
using Grader.Reports;
using Grader.Submissions;

namespace Grader.Class.Reports;

/// <summary>
/// Written last into a graded submission's folder (<c>.grader.json</c>), after its reports: its
/// presence says the reports beside it are whole. It carries what a rerun needs to decide whether
/// the submission is unchanged (content hashes, grader version) and what the class outputs need
/// (scores, statuses, diagnoses), so they are rebuilt from small records instead of full reports.
/// </summary>
/// <param name="Submission">The submission's name as in the gradebook.</param>
/// <param name="FilesHash">SHA-256 of the submission's files (see <see cref="ContentHash"/>).</param>
/// <param name="SpecsHash">SHA-256 of the problem specs, their verified snapshots and the grading options.</param>
public sealed partial record CompletionRecord(
    string Submission,
    string FilesHash,
    string SpecsHash,
    string GraderVersion,
    DateTimeOffset GradedAt,
    double Score,
    double MaxScore,
    int FileErrors,
    IReadOnlyList<ProblemOutcome> Problems)
{
    /// <summary>The file name in each submission's output folder.</summary>
    public const string FileName = ".grader.json";

    /// <summary>Bumped when the record's layout changes; a record of another format is regraded.</summary>
    public const int Format = 1;

    /// <summary>Whose submission it is, in a course with variants; null without a course.</summary>
    public OwnerSeen? Owner { get; init; }

    /// <summary>Instructor-only: problems whose typed numbers are another student's variant.</summary>
    public IReadOnlyList<CopySeen> Copies { get; init; } = [];

    /// <summary>Instructor-only: a print of each problem's wrong typed numbers, compared across the class.</summary>
    public IReadOnlyDictionary<string, string> WrongAnswerPrints { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> ProblemIds => [.. Problems.Select(p => p.Id)];

    public static CompletionRecord From(ScoreReport report, string filesHash, string specsHash, string graderVersion) => new(
        report.Submission,
        filesHash,
        specsHash,
        graderVersion,
        report.GradedAt ?? DateTimeOffset.UtcNow,
        ReportText.Round(report.Score),
        ReportText.Round(report.MaxScore),
        report.FileErrors.Count,
        [.. report.Problems.Select(ProblemOutcome.From)])
    {
        Owner = report.Owner is { } owner ? new OwnerSeen(owner.Student?.Id, owner.Student?.Name, owner.Source.ToString().ToLowerInvariant(), owner.Claimed) : null,
        Copies = [.. report.Copies.Select(c => new CopySeen(c.ProblemId, c.Source?.Id, c.SourceName))],
        WrongAnswerPrints = report.WrongAnswerPrints,
    };

    /// <summary>Whether this record still stands for a submission with these files, specs and grader.</summary>
    public bool Matches(string filesHash, string specsHash, string graderVersion) =>
        FilesHash == filesHash && SpecsHash == specsHash && GraderVersion == graderVersion;
}
