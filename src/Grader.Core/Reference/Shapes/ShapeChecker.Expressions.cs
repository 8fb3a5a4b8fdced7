using Grader.Reference.Syntax;
using Grader.Specs;

namespace Grader.Reference.Shapes;

internal sealed partial class ShapeChecker
{
    public StaticType Infer(Expr expr, SourceText source) => expr switch
    {
        NumberExpr number => number.IsInteger ? StaticType.IntScalar : StaticType.FloatScalar,
        NameExpr name => _scope.TryGetValue(name.Name, out var type)
            ? type
            : throw SpecError.UnknownVariable(source, name.Offset, name.Length, name.Name, Names),
        NegateExpr negate => RequireArray(Infer(negate.Operand, source), negate, source, "'-'"),
        ListExpr list => list.Items.Count == 0
            ? StaticType.EmptyList
            : list.Items.Select(i => StaticType.List(RequireArray(Infer(i, source), i, source, "a list").Shape)).Aggregate((a, b) => a.Join(b)),
        BinaryExpr { Symbol: "+" } binary when Infer(binary.Left, source).IsList => InferConcatenation(binary, source),
        BinaryExpr binary => InferBinary(binary, source),
        CallExpr call => InferCall(call, source),
        IndexExpr index => InferIndex(index, source),
        SliceExpr slice => InferSlice(slice, source),
        TransposeExpr transpose => InferTranspose(transpose, source),
        _ => StaticType.Unknown,
    };

    private static StaticType RequireArray(StaticType type, Expr expr, SourceText source, string what) =>
        type.IsList ? throw SpecError.ExpectedArray(source, expr.Offset, expr.Length, what, "a list") : type;

    private StaticType InferConcatenation(BinaryExpr binary, SourceText source)
    {
        var left = Infer(binary.Left, source);
        var right = Infer(binary.Right, source);
        if (!right.IsList)
        {
            throw SpecError.ListPlusArray(source, binary.Right.Offset, binary.Right.Length, right.Describe());
        }

        return left.Join(right);
    }

    private StaticType InferBinary(BinaryExpr binary, SourceText source)
    {
        var op = binary.Symbol;
        var left = RequireArray(Infer(binary.Left, source), binary.Left, source, $"'{op}'");
        var right = RequireArray(Infer(binary.Right, source), binary.Right, source, $"'{op}'");
        var token = binary.Operator;
        if (op == "@")
        {
            return MatMul(left, right, source, token.Offset, token.Length);
        }

        var isInteger = left.IsInteger && right.IsInteger && op is "+" or "-" or "*" or "//";
        if (left.Shape is null || right.Shape is null)
        {
            return StaticType.Array(null, isInteger);
        }

        var rank = Math.Max(left.Shape.Count, right.Shape.Count);
        var shape = new Dim[rank];
        for (var i = 0; i < rank; i++)
        {
            var a = At(left.Shape, i - (rank - left.Shape.Count));
            var b = At(right.Shape, i - (rank - right.Shape.Count));
            if (a.Conflicts(b) && a.Size != 1 && b.Size != 1)
            {
                throw SpecError.CannotBroadcast(source, token.Offset, token.Length, op, left.Describe(), right.Describe(), a.ToString(), b.ToString());
            }

            shape[i] = a.Size == 1 ? b : b.Size == 1 ? a : a == b ? a : a.IsUnknown || b.IsUnknown ? Dim.Unknown : a.Size is null ? b : a;
        }

        return StaticType.Array(shape, isInteger);
    }

    private static Dim At(IReadOnlyList<Dim> shape, int index) => index < 0 ? Dim.Of(1) : shape[index];

    private static StaticType MatMul(StaticType left, StaticType right, SourceText source, int offset, int length)
    {
        foreach (var side in new[] { left, right })
        {
            if (side.Rank is 0 or > 2)
            {
                throw SpecError.NotAMatrix(source, offset, length, "@", side.Describe());
            }
        }

        if (left.Shape is null || right.Shape is null)
        {
            return StaticType.Unknown;
        }

        var inner1 = left.Shape[^1];
        var inner2 = right.Shape[0];
        if (inner1.Conflicts(inner2))
        {
            throw SpecError.MatMulMisaligned(source, offset, length, left.Describe(), right.Describe(), inner1.ToString(), inner2.ToString());
        }

        var shape = new List<Dim>();
        if (left.Shape.Count == 2)
        {
            shape.Add(left.Shape[0]);
        }

        if (right.Shape.Count == 2)
        {
            shape.Add(right.Shape[1]);
        }

        return StaticType.Array(shape);
    }

    private StaticType InferIndex(IndexExpr index, SourceText source)
    {
        var target = Infer(index.Target, source);
        RequireInteger(Infer(index.Index, source), index.Index, source, "an index");
        if (target.IsList)
        {
            return StaticType.Array(target.ElementShape);
        }

        if (target.Rank == 0)
        {
            throw SpecError.ExpectedArray(source, index.Offset, index.Length, "indexing", "a scalar");
        }

        return StaticType.Array(target.Shape?.Skip(1).ToList(), target.IsInteger);
    }

    private StaticType InferSlice(SliceExpr slice, SourceText source)
    {
        var target = RequireArray(Infer(slice.Target, source), slice, source, "slicing");
        foreach (var bound in new[] { slice.Start, slice.Stop })
        {
            if (bound is not null)
            {
                RequireInteger(Infer(bound, source), bound, source, "a slice bound");
            }
        }

        if (target.Rank == 0)
        {
            throw SpecError.ExpectedArray(source, slice.Offset, slice.Length, "slicing", "a scalar");
        }

        return StaticType.Array(target.Shape is null ? null : [Dim.Unknown, .. target.Shape.Skip(1)], target.IsInteger);
    }

    private StaticType InferTranspose(TransposeExpr transpose, SourceText source)
    {
        var target = RequireArray(Infer(transpose.Target, source), transpose, source, "'.T'");
        return target.Rank switch
        {
            2 => StaticType.Array([target.Shape![1], target.Shape[0]], target.IsInteger),
            > 2 => throw SpecError.NotAMatrix(source, transpose.Offset, transpose.Length, ".T", target.Describe()),
            _ => target,
        };
    }
}
