// TEMPORARY: stand-in for the checking API being built on another branch; deleted at merge.
#pragma warning disable

namespace Grader.Checking
{
    public readonly record struct Tolerance(double Rtol, double Atol);
}
