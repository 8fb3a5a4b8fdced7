namespace Grader.Verification;

/// <summary>How one gradient output compared with central finite differences.</summary>
/// <param name="Name">The output.</param>
/// <param name="WrtInput">The input it differentiates with respect to.</param>
/// <param name="MaxRelativeError">The largest |analytic − numeric| / max(1, |analytic|, |numeric|) over the entries checked.</param>
/// <param name="EntriesChecked">Entries compared with a finite difference.</param>
/// <param name="EntriesAtKink">Entries at an exact kink: the finite difference had to lie in the interval of the Low and High evaluations.</param>
/// <param name="EntriesSkipped">Entries whose finite-difference step crosses a kink near (not at) it, so no slope can be measured.</param>
/// <param name="KinkViolations">Entries at an exact kink whose finite difference fell outside the accepted interval.</param>
public sealed record GradientCheckOutput(
    string Name,
    string WrtInput,
    double MaxRelativeError,
    int EntriesChecked,
    int EntriesAtKink,
    int EntriesSkipped,
    int KinkViolations)
{
    public bool Passed(double threshold = GradientCheckResult.DefaultThreshold) =>
        MaxRelativeError <= threshold && KinkViolations == 0;
}
