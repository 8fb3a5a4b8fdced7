
namespace Grader.Specs;

/// <summary>
/// A named argument of the problem's function, in argument order. <see cref="Shape"/> holds
/// literal sizes ("2") and dimension symbols ("N"); a list input gives the shape of its
/// <c>i</c>-th element (e.g. "n[i+1]") and its <see cref="ListLength"/>.
/// </summary>
public sealed record InputSpec(string Name, InputKind Kind, IReadOnlyList<string> Shape, string? ListLength, SourceLocation Location)
{
    /// <summary>"(N, 2)", "scalar", "int (N,)", "list of L arrays (n[i+1], n[i])".</summary>
    public string DescribeShape()
    {
        var shape = Shape.Count == 0 ? "scalar" : "(" + string.Join(", ", Shape) + (Shape.Count == 1 ? ",)" : ")");
        return Kind switch
        {
            InputKind.Int => Shape.Count == 0 ? "int" : $"int {shape}",
            InputKind.FloatList => $"list of {ListLength} arrays {shape}",
            _ => shape,
        };
    }
}
