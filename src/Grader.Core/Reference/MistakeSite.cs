namespace Grader.Reference;

/// <summary>
/// Where a mistake made inside the model's loop is made: a student who applies σ′ to the activation
/// in the output layer only makes the spec's mistake at one iteration of its loop. A site keeps the
/// mistake model's <c>detach</c> (the way a spec writes a wrong derivative) in those iterations and
/// makes it transparent in the others, where <c>detach(x) + (z − detach(z))·detach(d)</c> is then
/// x with its true derivative: the spec needs no per-site model.
/// </summary>
public enum MistakeSite
{
    /// <summary>The last iteration of the outermost loop only (the output layer).</summary>
    LastIteration,

    /// <summary>Every iteration but the last (every hidden layer).</summary>
    AllButLast,

    /// <summary>The first iteration only (the first layer).</summary>
    FirstIteration,
}
