using Grader.Formulas;

namespace Grader.Derivations.Checking;

/// <summary>
/// What one side of a chain stands for: the chain's target derivative (the reference value of its
/// output), a formula read in the problem's language, or nothing Grader can evaluate, with the reason.
/// </summary>
internal sealed record SideReading(FormulaReading? Formula, bool IsTarget, UncheckedKind? Unchecked, string? Reason)
{
    public static SideReading Target { get; } = new(null, true, null, null);

    public bool IsEvaluable => IsTarget || Formula is not null;

    public static SideReading Read(FormulaReading formula) => new(formula, false, null, null);

    public static SideReading Unreadable(UncheckedKind kind, string reason) => new(null, false, kind, reason);
}
