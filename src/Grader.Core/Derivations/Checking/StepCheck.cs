namespace Grader.Derivations.Checking;

/// <summary>
/// The verdict on one step of a chain. Sides are numbered from 1 (the chain's first left side); step n
/// goes from side n to side n + 1, but is compared from <see cref="From"/>, the last side before it that
/// Grader could evaluate, so a step after an unreadable side still says whether the chain holds so far.
/// </summary>
/// <param name="Step">The step's number, from 1.</param>
/// <param name="From">The side compared as the left, from 1; equal to <see cref="Step"/> unless sides between could not be evaluated.</param>
/// <param name="To">The step's right side, <see cref="Step"/> + 1.</param>
internal sealed record StepCheck(int Step, int From, int To, StepVerdict Verdict, UncheckedKind? Unchecked, string? Reason, Counterexample? Counterexample)
{
    public static StepCheck Holds(int step, int from) => new(step, from, step + 1, StepVerdict.Holds, null, null, null);

    public static StepCheck Fails(int step, int from, Counterexample counterexample) =>
        new(step, from, step + 1, StepVerdict.Fails, null, null, counterexample);

    public static StepCheck NotCheckable(int step, UncheckedKind kind, string reason) =>
        new(step, step, step + 1, StepVerdict.NotCheckable, kind, reason, null);

    /// <summary>As feedback says it: "step 3 → 4 holds", "… does not hold: for the smallest case …", "… is not checked: …".</summary>
    public string Describe() => DerivationMessages.Step(this);
}
