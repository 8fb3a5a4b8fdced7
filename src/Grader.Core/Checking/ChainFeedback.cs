using Grader.Derivations.Checking;

namespace Grader.Checking;

/// <summary>
/// One derivation of a write-up checked against the problem it derives: where it was written, every
/// step's verdict, and its first wrong step. Feedback, safe to show the student: a hidden case is
/// named by its sizes only.
/// </summary>
internal sealed record ChainFeedback(string File, ChainCheck Check)
{
    /// <summary>"hw.md:41:12: the derivation of ∂J/∂z (softmax-ce: dZ): 3 steps, 1 holds, … First wrong: …".</summary>
    public string Summary => Check.Summary(File);

    public string Output => Check.Target.OutputName;

    /// <summary>Whether its steps may earn points (<c>scoring.steps</c>): not a chain that shows something else than the identity asked.</summary>
    public bool Credited { get; init; } = true;

    /// <summary>Each step's verdict as a sentence: "step 3 → 4 does not hold: …".</summary>
    public IEnumerable<string> Steps => Check.Steps.Select(s => s.Describe());
}
