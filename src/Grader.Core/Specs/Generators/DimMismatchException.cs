namespace Grader.Specs.Generators;

/// <summary>The inputs of a case disagree with their declared shapes; <see cref="InputName"/> is the one found wrong.</summary>
public sealed class DimMismatchException(string inputName, string message) : Exception(message)
{
    public string InputName { get; } = inputName;
}
