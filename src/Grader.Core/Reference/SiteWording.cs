namespace Grader.Reference;

/// <summary>Where a mistake made at one site of the model's loop was made, in the student's words: layers where the problem has them.</summary>
public static class SiteWording
{
    /// <param name="layers">The problem's loop runs over layers (its notation has <c>layers</c>).</param>
    public static string Where(MistakeSite site, bool layers) => (site, layers) switch
    {
        (MistakeSite.LastIteration, true) => "only in the output layer (layer L; the layers before it are right, though the error flows back into their gradients)",
        (MistakeSite.AllButLast, true) => "in every layer but the output layer (layer L is right)",
        (MistakeSite.FirstIteration, true) => "only in the first layer (layer 1; the layers after it are right)",
        (MistakeSite.LastIteration, false) => "only in the last pass of the loop (the passes before it are right)",
        (MistakeSite.AllButLast, false) => "in every pass of the loop but the last (the last is right)",
        _ => "only in the first pass of the loop (the passes after it are right)",
    };
}
