using Grader.Values;

namespace Grader.Derivations.Checking;

/// <summary>A side's value on one case; for the target, the interval of accepted values at a kink too (else equal to the value).</summary>
internal sealed record SideValue(Tensor Value, Tensor Lower, Tensor Upper)
{
    public static SideValue Exact(Tensor value) => new(value, value, value);
}
