using Grader.Specs;
using Grader.Specs.Generators;
using Grader.Values;

namespace Grader.Cases;

/// <summary>One set of inputs a problem is graded on: the public case or a hidden one.</summary>
public sealed record GradingCase(string Name, bool Hidden, DimScope Dims, IReadOnlyDictionary<string, Value> Inputs, string? Group = null)
{
    /// <summary>The inputs in the order of the function's arguments.</summary>
    public IReadOnlyList<Value> ArgumentsInOrder(IEnumerable<string> inputNames) => [.. inputNames.Select(n => Inputs[n])];
}
