using Grader.Checking;
using Grader.Reports;

namespace Grader.Class.Reports;

/// <summary>One problem of a <see cref="CompletionRecord"/>: the score, the verdict and the distinct diagnoses.</summary>
public sealed record ProblemOutcome(string Id, double Score, double MaxScore, ProblemStatus Status, IReadOnlyList<DiagnosisSeen> Diagnoses)
{
    /// <summary>The outputs the submission's write-ups derive (each step checked).</summary>
    public IReadOnlyList<string> Derived { get; init; } = [];

    /// <summary>Of <see cref="Derived"/>, those with a derivation in which a step does not hold.</summary>
    public IReadOnlyList<string> Broken { get; init; } = [];

    /// <summary>A training problem's runs: held-out accuracy and full marks, for the class's distribution; empty for other problems.</summary>
    public IReadOnlyList<RunAccuracy> Runs { get; init; } = [];

    public bool Passed => Status == ProblemStatus.Passed;

    /// <summary>Timed out or hit a memory, process or output limit.</summary>
    public bool HitLimit => Status is ProblemStatus.Timeout or ProblemStatus.Limit;

    public static ProblemOutcome From(ProblemScore score) => new(
        score.ProblemId,
        ReportText.Round(score.Score),
        ReportText.Round(score.MaxScore),
        score.Status,
        [.. score.Diagnoses.DistinctBy(d => d.Id).Select(d => new DiagnosisSeen(d.Id, ReportText.FirstLine(d.Message)))])
    {
        Derived = [.. score.Derivations.Select(d => d.Output).Distinct()],
        Broken = [.. score.Derivations.Where(d => d.Check.Failing > 0).Select(d => d.Output).Distinct()],
        Runs = [.. (score.Experiment?.Runs ?? []).Select(r => new RunAccuracy(r.Run, r.Accuracy, r.Points >= r.MaxPoints - 1e-9))],
    };
}
