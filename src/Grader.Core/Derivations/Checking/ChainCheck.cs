using Grader.Formulas;

namespace Grader.Derivations.Checking;

/// <summary>
/// A chain checked against its target: every step's verdict, and its result, the final right side
/// read as a formula for the target output (null, with the reason, when it does not read), so it can
/// be graded like a formula answer.
/// </summary>
internal sealed record ChainCheck(DerivationChain Chain, ChainTarget Target, IReadOnlyList<StepCheck> Steps, FormulaReading? Result, string? ResultReason)
{
    /// <summary>Steps that hold or fail: those Grader could evaluate.</summary>
    public int Checked => Steps.Count(s => s.Verdict != StepVerdict.NotCheckable);

    public int Holding => Steps.Count(s => s.Verdict == StepVerdict.Holds);

    public int Failing => Steps.Count(s => s.Verdict == StepVerdict.Fails);

    public int NotCheckable => Steps.Count(s => s.Verdict == StepVerdict.NotCheckable);

    /// <summary>The first step that does not hold, or null when none fails.</summary>
    public StepCheck? FirstFailure => Steps.FirstOrDefault(s => s.Verdict == StepVerdict.Fails);

    /// <summary>One paragraph for feedback: what the chain derives, where it was written, how its steps fared.</summary>
    public string Summary(string file) => DerivationMessages.Summary(this, file);
}
