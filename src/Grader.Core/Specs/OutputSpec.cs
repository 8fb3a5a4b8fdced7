namespace Grader.Specs;

/// <summary>A graded output: its name (the key students return) and the expression that defines it.</summary>
public sealed record OutputSpec(string Name, SourceText Expression, IReadOnlyList<string>? Shape, SourceLocation Location);
