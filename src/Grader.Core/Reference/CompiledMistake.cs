using Grader.Specs;

namespace Grader.Reference;

/// <summary>
/// A classic mistake of a problem with its alternative model compiled; with a <see cref="Site"/>, the
/// same mistake made at one place of the model's loop only (derived from the model, see <see cref="MistakeSite"/>).
/// </summary>
public sealed record CompiledMistake(MistakeSpec Spec, ModelProgram Program)
{
    public MistakeSite? Site { get; init; }
}
