using Grader.Values;

namespace Grader.Derivations.Checking;

/// <summary>
/// Which entry of each side is compared with which: the same entries when the shapes agree but for
/// axes of length one (a scalar and a 1-element array compare by value), or, for a side read per row
/// (<c>\psi(z_i)_{y_i}</c>: one number per example, stacked), that number against every entry of the
/// other side's row. Any other pair of shapes is not compared.
/// </summary>
internal sealed record EntryAlignment(IReadOnlyList<int> Shape, int Count, Func<int, int> Left, Func<int, int> Right)
{
    public static EntryAlignment? Of(SideReading leftSide, Tensor left, SideReading rightSide, Tensor right)
    {
        if (left.Count == right.Count && left.SqueezedShape().AsSpan().SequenceEqual(right.SqueezedShape()))
        {
            return new EntryAlignment(left.Rank >= right.Rank ? left.Shape : right.Shape, left.Count, k => k, k => k);
        }

        if (PerRow(leftSide, left, right))
        {
            var width = right.Count / right.Shape[0];
            return new EntryAlignment(right.Shape, right.Count, k => k / width, k => k);
        }

        if (PerRow(rightSide, right, left))
        {
            var width = left.Count / left.Shape[0];
            return new EntryAlignment(left.Shape, left.Count, k => k, k => k / width);
        }

        return null;
    }

    /// <summary>The entry's index in <see cref="Shape"/>: flat 5 in 2×3 is [1, 2].</summary>
    public IReadOnlyList<int> Index(int flat)
    {
        var index = new int[Shape.Count];
        for (var axis = Shape.Count - 1; axis >= 0; axis--)
        {
            index[axis] = flat % Shape[axis];
            flat /= Shape[axis];
        }

        return index;
    }

    private static bool PerRow(SideReading side, Tensor rows, Tensor other) =>
        side.Formula?.RowIndex is not null && rows.Rank == 1 && other.Rank >= 2 && other.Shape[0] == rows.Shape[0] && rows.Shape[0] > 0;
}
