using Grader.Specs;

namespace Grader.Reference;

/// <summary>
/// An input of a model. Shape entries are literals (<c>"2"</c>), dimension symbols (<c>"N"</c>)
/// bound from the actual inputs, or for list elements indexed sizes such as <c>"n[i+1]"</c>
/// (unknown when compiling, bound consistently per element when evaluating).
/// </summary>
public sealed record InputDeclaration(string Name, InputKind Kind, IReadOnlyList<string> Shape, string? ListLength = null);
