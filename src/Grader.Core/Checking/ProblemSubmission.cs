using Grader.Running;
using Grader.Running.Answers;
using Grader.Submissions;

namespace Grader.Checking;

/// <summary>What a submission produced for one problem.</summary>
/// <param name="Source">Where the answer came from, e.g. <c>"python: hw2.py"</c> or <c>"answers: answers.yaml"</c>.</param>
/// <param name="IsAnswers">An answers file: plain numbers for the public case only.</param>
/// <param name="LoadError">Why the code could not be loaded at all (syntax error, compile error).</param>
public sealed record ProblemSubmission(
    string ProblemId,
    string? Source,
    bool IsAnswers,
    string? LoadError,
    IReadOnlyList<CaseRun> Cases)
{
    /// <summary>Formula answers as written and as read, passed on to the reports.</summary>
    public IReadOnlyList<FormulaShown> Formulas { get; init; } = [];

    /// <summary>How the problem was answered: code, answers.yaml or a write-up (null: not at all, or unknown).</summary>
    internal AttemptLanguage? Language { get; init; }

    /// <summary>The write-ups' derivations of this problem, each step checked, passed on to the reports.</summary>
    internal IReadOnlyList<ChainFeedback> Derivations { get; init; } = [];
}
