using Grader.Specs;

namespace Grader.Reference;

/// <summary>A classic mistake of a problem with its alternative model compiled.</summary>
public sealed record CompiledMistake(MistakeSpec Spec, ModelProgram Program);
