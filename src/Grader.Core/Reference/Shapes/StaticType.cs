namespace Grader.Reference.Shapes;

/// <summary>What the compiler knows about a value: an array with a (possibly unknown) shape, or a list.</summary>
internal sealed record StaticType(bool IsList, IReadOnlyList<Dim>? Shape, bool IsInteger)
{
    public static StaticType Unknown { get; } = new(false, null, false);

    public static StaticType FloatScalar { get; } = new(false, [], false);

    public static StaticType IntScalar { get; } = new(false, [], true);

    /// <summary>For a list: the shape its elements share (unknown entries where they differ).</summary>
    public IReadOnlyList<Dim>? ElementShape { get; init; }

    public static StaticType Array(IReadOnlyList<Dim>? shape, bool isInteger = false) => new(false, shape, isInteger);

    public static StaticType List(IReadOnlyList<Dim>? elementShape) => new(true, null, false) { ElementShape = elementShape };

    /// <summary><c>[]</c>: a list whose elements are yet to come, so joining it keeps the other's element shape.</summary>
    public static StaticType EmptyList { get; } = new(true, null, false) { IsEmptyList = true };

    public bool IsEmptyList { get; private init; }

    public bool IsScalar => !IsList && Shape is { Count: 0 };

    public int? Rank => IsList ? null : Shape?.Count;

    public StaticType Join(StaticType other)
    {
        if (IsList != other.IsList)
        {
            return Unknown;
        }

        if (IsList)
        {
            return IsEmptyList ? other : other.IsEmptyList ? this : List(JoinShapes(ElementShape, other.ElementShape));
        }

        return new StaticType(false, JoinShapes(Shape, other.Shape), IsInteger && other.IsInteger);
    }

    /// <summary>numpy's notation with symbols: <c>(N, 2)</c>, <c>(H,)</c>, <c>()</c>; <c>(?)</c> for an unknown rank.</summary>
    public string Describe() => IsList ? "a list" : Format(Shape);

    public static string Format(IReadOnlyList<Dim>? shape) => shape switch
    {
        null => "(?)",
        { Count: 1 } => $"({shape[0]},)",
        _ => "(" + string.Join(", ", shape) + ")",
    };

    private static IReadOnlyList<Dim>? JoinShapes(IReadOnlyList<Dim>? a, IReadOnlyList<Dim>? b) =>
        a is null || b is null || a.Count != b.Count ? null : [.. a.Zip(b, (x, y) => x.Join(y))];
}
