namespace Grader.Reference;

/// <summary>
/// Which derivative a kinked function (relu, abs, sign) takes at an exact zero: numpy's conventions
/// (<see cref="Default"/>), or the low or high end of its <see cref="SubgradientSet"/>.
/// </summary>
public enum KinkChoice
{
    Default,
    Low,
    High,
}
