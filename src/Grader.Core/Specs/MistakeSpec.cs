namespace Grader.Specs;

/// <summary>
/// A classic mistake, declared as an alternative model: when a submission's wrong outputs match
/// what this model gives, the report names the mistake with <see cref="Message"/>.
/// </summary>
public sealed record MistakeSpec(string Id, string Message, SourceText? Model, IReadOnlyList<OutputSpec> Outputs, SourceLocation Location);
