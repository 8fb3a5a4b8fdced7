using Grader.Reference.Shapes;
using Grader.Reference.Syntax;
using Grader.Specs;
using Grader.Specs.Generators;

namespace Grader.Formulas;

/// <summary>
/// What a formula costs on one case, bounded before it is evaluated: every part's static shape with
/// the case's sizes put in. The interpreter has no loops a formula could drive (sums are closed
/// forms), so what it costs is the arrays it builds: none may be too large, nor all of them together
/// (counting a matrix product's inner size), which bounds its time as well as its memory.
/// </summary>
internal static class FormulaCost
{
    /// <exception cref="SpecException">
    /// some part would exceed <see cref="FormulaLimits.MaxEntries"/> (located at that part), or all of them
    /// <see cref="FormulaLimits.MaxWork"/> (located at the part that went past it).
    /// </exception>
    public static void Check(FormulaReading reading, Func<Expr, StaticType> infer, DimScope sizes)
    {
        var largest = sizes.Scalars.Values.DefaultIfEmpty(1).Max();
        long work = 0;
        foreach (var part in ExprTree.Nodes(reading.Expression))
        {
            var type = infer(part);
            var shape = type.IsList ? type.ElementShape : type.Shape;
            var entries = Entries(shape, sizes, largest);
            if (entries > FormulaLimits.MaxEntries)
            {
                throw FormulaError.TooCostly(reading.Source, part.Offset, Math.Max(1, part.Length), StaticType.Format(shape), entries);
            }

            var inner = part is BinaryExpr { Operator.Kind: TokenKind.At } product && infer(product.Left) is { Shape: [.., var last] }
                ? Entries([last], sizes, largest)
                : 1;
            work = Math.Min(long.MaxValue / 2, work + Saturating(entries, inner));
            if (work > FormulaLimits.MaxWork)
            {
                throw FormulaError.TooMuchWork(reading.Source, part.Offset, Math.Max(1, part.Length), work);
            }
        }
    }

    private static long Saturating(long a, long b) => a > long.MaxValue / Math.Max(1, b) ? long.MaxValue / 2 : a * b;

    /// <summary>The product of the sizes, saturating; an unknown size counts as the case's largest.</summary>
    private static long Entries(IReadOnlyList<Dim>? shape, DimScope sizes, int largest)
    {
        long entries = 1;
        foreach (var dim in shape ?? [])
        {
            long size = dim.Size ?? (dim.Symbol is { } symbol ? sizes.Scalar(symbol) : null) ?? largest;
            entries = entries > long.MaxValue / Math.Max(1, size) ? long.MaxValue : entries * size;
        }

        return entries;
    }
}
