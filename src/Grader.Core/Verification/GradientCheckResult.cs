namespace Grader.Verification;

/// <summary>The finite-difference check of every gradient output of a program on one case.</summary>
/// <param name="Outputs">One entry per output <c>grad(f, x)</c> with x an input the model never reassigns.</param>
/// <param name="NotChecked">Gradient outputs that cannot be checked (with respect to a model variable or a reassigned input).</param>
public sealed record GradientCheckResult(IReadOnlyList<GradientCheckOutput> Outputs, IReadOnlyList<string> NotChecked)
{
    /// <summary>For smooth problems, central differences with Richardson extrapolation agree to about 1e-9.</summary>
    public const double DefaultThreshold = 1e-7;

    public double MaxRelativeError => Outputs.Count == 0 ? 0 : Outputs.Max(o => o.MaxRelativeError);

    public bool Passed(double threshold = DefaultThreshold) => Outputs.All(o => o.Passed(threshold));
}
