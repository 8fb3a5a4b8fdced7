using Grader.Specs;

namespace Grader.Reference;

/// <summary>An output of a problem: an expression evaluated in the model's final scope.</summary>
public sealed record OutputDeclaration(string Name, SourceText Expression);
