namespace Grader.Specs;

/// <summary>
/// A symmetric tolerance: <c>a</c> and <c>b</c> agree iff <c>|a − b| ≤ Atol + Rtol·max(|a|, |b|)</c>.
/// Symmetric so that it does not matter which side is the reference.
/// </summary>
public readonly record struct Tolerance(double Rtol, double Atol)
{
    public bool Accepts(double a, double b) =>
        Math.Abs(a - b) <= Atol + (Rtol * Math.Max(Math.Abs(a), Math.Abs(b)));
}
