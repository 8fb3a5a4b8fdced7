namespace Grader.Derivations.Checking;

/// <summary>
/// Bounds on checking a write-up: a write-up may hold a thousand chains, and every checked step
/// evaluates two formulas on several cases. A problem's cases are solved once and shared.
/// </summary>
internal static class CheckLimits
{
    /// <summary>Chains looked at for a target, in order; later chains are reported as over the limit.</summary>
    public const int MaxChainsExamined = 400;

    /// <summary>Chains checked per problem; a student derives each output a few times at most.</summary>
    public const int MaxChainsPerProblem = 25;

    /// <summary>Steps checked per chain; the steps after it are not checkable.</summary>
    public const int MaxStepsPerChain = 40;

    /// <summary>Cases each step is evaluated on: the public case first, then the hidden ones in order.</summary>
    public const int MaxCasesPerStep = 8;

    /// <summary>Sides read in each of several problems that fit a left side equally, to find the one whose language reads them.</summary>
    public const int SidesReadToDecide = 4;

    /// <summary>Entries of the public case's inputs shown in a counterexample; larger inputs are named by their sizes only.</summary>
    public const int MaxPublicEntriesShown = 12;
}
