namespace Grader.Submissions;

/// <summary>One output a problem's function must return; <see cref="IsList"/> for a list of arrays.</summary>
public sealed record OutputContract(string Name, bool IsList);
