using Grader.Running.Answers;

namespace Grader.Checking;

/// <summary>The graded result of one problem.</summary>
/// <param name="Message">Why nothing ran (a load error), if so.</param>
/// <param name="Diagnoses">Distinct (id, output) diagnoses over all cases, in case order.</param>
public sealed partial record ProblemScore(
    string ProblemId,
    string Title,
    ProblemStatus Status,
    double Score,
    double MaxScore,
    string? Source,
    bool IsAnswers,
    string? Message,
    IReadOnlyList<CaseScore> Cases,
    IReadOnlyList<Diagnosis> Diagnoses)
{
    /// <summary>The distinct diagnosis ids, in order of first appearance.</summary>
    public IReadOnlyList<string> DiagnosisIds => [.. Diagnoses.Select(d => d.Id).Distinct()];

    /// <summary>
    /// Problem-specific explanations added after grading (e.g. which end of a learning-rate interval
    /// is wrong and what gradient descent does there); safe to show the student.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>A training problem's runs: held-out accuracy, thresholds, time and learning curve; null for other problems.</summary>
    public ExperimentFeedback? Experiment { get; init; }

    /// <summary>The formula answers, as the student wrote them and as Grader read them (or why not).</summary>
    public IReadOnlyList<FormulaShown> Formulas { get; init; } = [];

    /// <summary>The derivations of this problem in the submission's write-ups, every step checked.</summary>
    internal IReadOnlyList<ChainFeedback> Derivations { get; init; } = [];
}
