using Grader.Reports;

namespace Grader.Class;

/// <summary>What a class run writes and against what it checks a submission is unchanged.</summary>
/// <param name="Formats">The reports written into each submission's folder.</param>
/// <param name="SpecsHash">The problems' and grading options' hash (<see cref="ContentHash.OfSpecs"/>): a record made under another is regraded.</param>
/// <param name="Force">Regrade every submission, unchanged ones too.</param>
internal sealed record ClassGradingOptions(IReadOnlyList<IReportFormat> Formats, IReadOnlyList<string> ProblemIds, string SpecsHash, bool Force)
{
    /// <summary>The gradebook an LMS imports, written beside gradebook.csv (none by default).</summary>
    public Reports.LmsGradebook? Lms { get; init; }
}
