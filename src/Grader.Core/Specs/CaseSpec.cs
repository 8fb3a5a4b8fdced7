using Grader.Values;

namespace Grader.Specs;

/// <summary>A case written out in the spec (the public case): its inputs and the approved outputs.</summary>
public sealed record CaseSpec(
    string Name,
    bool Hidden,
    IReadOnlyDictionary<string, Value> Inputs,
    IReadOnlyDictionary<string, Value> Approved,
    IReadOnlyDictionary<string, SourceLocation> ApprovedLocations,
    SourceLocation Location);
