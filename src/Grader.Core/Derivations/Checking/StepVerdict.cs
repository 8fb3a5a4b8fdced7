namespace Grader.Derivations.Checking;

internal enum StepVerdict
{
    /// <summary>Both sides agree within the problem's tolerance on every case checked.</summary>
    Holds,

    /// <summary>They differ on some case: the step is wrong.</summary>
    Fails,

    /// <summary>Grader cannot evaluate one side, or compare the two; never counted as wrong.</summary>
    NotCheckable,
}
