namespace Grader.Reference;

/// <summary>What the compiler knows about an output.</summary>
/// <param name="Name">The output's name.</param>
/// <param name="IsGradient">The output is <c>grad(f, x)</c>.</param>
/// <param name="WrtInput">For a gradient with respect to an input the model never reassigns, that input (it can be checked by finite differences).</param>
/// <param name="IsList">The output is a list of arrays.</param>
/// <param name="Shape">The symbolic shape (entries such as "N", "2", or "?" when unknown); null for a list or an unknown rank.</param>
public sealed record OutputInfo(string Name, bool IsGradient, string? WrtInput, bool IsList, IReadOnlyList<string>? Shape);
