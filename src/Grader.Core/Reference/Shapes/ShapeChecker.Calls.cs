using Grader.Reference.Syntax;
using Grader.Specs;
using Grader.Values;

namespace Grader.Reference.Shapes;

internal sealed partial class ShapeChecker
{
    private StaticType InferCall(CallExpr call, SourceText source)
    {
        FunctionTable.Check(call, source);
        var name = call.Name;
        if (name == "grad")
        {
            return InferGrad(call, source);
        }

        var args = call.Arguments.Select(a => Infer(a, source)).ToList();
        if (name == "len")
        {
            return StaticType.IntScalar;
        }

        for (var i = 0; i < args.Count; i++)
        {
            RequireArray(args[i], call.Arguments[i], source, $"'{name}'");
        }

        return name switch
        {
            "min" or "max" => MinMax(call, args, source),
            "sum" or "mean" => Reduce(call, args[0], source, FunctionTable.Axis(call, source), keepsInteger: name == "sum"),
            "logsumexp" => Reduce(call, args[0], source, FunctionTable.Axis(call, source) ?? -1, keepsInteger: false),
            "log_softmax" or "softmax" => KeepShape(call, args[0], source),
            "onehot" => OneHot(call, args, source),
            "pick" => Pick(call, args, source),
            "diag" => StaticType.Array(args[0].Shape is { } shape ? [.. Enumerable.Repeat(shape.FirstOrDefault(d => d.Size != 1), 2)] : null),
            _ => StaticType.Array(args[0].Shape),
        };
    }

    private StaticType InferGrad(CallExpr call, SourceText source)
    {
        var f = call.Arguments[0];
        var fType = Infer(f, source);
        if (fType.IsList || (fType.Rank is { } rank && rank != 0))
        {
            throw SpecError.GradOfNonScalar(source, f.Offset, f.Length, fType.Describe());
        }

        if (call.Arguments[1] is not NameExpr x)
        {
            var wrong = call.Arguments[1];
            throw SpecError.GradWrtNotVariable(source, wrong.Offset, wrong.Length);
        }

        var xType = Infer(x, source);
        if (xType.IsInteger || _dimensions.Contains(x.Name))
        {
            throw SpecError.GradWrtInteger(source, x.Offset, x.Length, x.Name);
        }

        return xType.IsList ? StaticType.List(xType.ElementShape) : StaticType.Array(xType.Shape);
    }

    private static StaticType MinMax(CallExpr call, List<StaticType> args, SourceText source)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].Rank is { } rank && rank != 0)
            {
                throw SpecError.ExpectedScalar(source, call.Arguments[i].Offset, call.Arguments[i].Length, $"'{call.Name}'", args[i].Describe());
            }
        }

        return args.All(a => a.IsInteger) ? StaticType.IntScalar : StaticType.FloatScalar;
    }

    private static StaticType Reduce(CallExpr call, StaticType x, SourceText source, int? axis, bool keepsInteger)
    {
        var isInteger = keepsInteger && x.IsInteger;
        if (axis is null)
        {
            return new StaticType(false, [], isInteger);
        }

        var normal = NormalAxis(call, x, source, axis.Value);
        return x.Shape is null ? StaticType.Array(null, isInteger) : StaticType.Array([.. x.Shape.Where((_, d) => d != normal)], isInteger);
    }

    private static StaticType KeepShape(CallExpr call, StaticType x, SourceText source)
    {
        NormalAxis(call, x, source, FunctionTable.Axis(call, source) ?? -1);
        return StaticType.Array(x.Shape);
    }

    private static int NormalAxis(CallExpr call, StaticType x, SourceText source, int axis)
    {
        if (x.Shape is null)
        {
            return axis;
        }

        var normal = axis < 0 ? axis + x.Shape.Count : axis;
        if (normal < 0 || normal >= x.Shape.Count)
        {
            var keyword = call.Keywords.FirstOrDefault(k => k.Keyword.Name == "axis");
            var at = (Expr?)keyword?.Value ?? call;
            throw SpecError.AxisOutOfRange(source, at.Offset, at.Length, axis, x.Describe());
        }

        return normal;
    }

    private StaticType OneHot(CallExpr call, List<StaticType> args, SourceText source)
    {
        RequireInteger(args[1], call.Arguments[1], source, "the number of classes of onehot");
        var classes = call.Arguments[1] switch
        {
            NumberExpr n => Dim.Of((int)n.Value),
            NameExpr k when _dimensions.Contains(k.Name) => Dim.Named(k.Name),
            _ => Dim.Unknown,
        };
        var labels = args[0];
        if (labels.Rank is > 1)
        {
            throw SpecError.ExpectedArray(source, call.Arguments[0].Offset, call.Arguments[0].Length, "onehot", $"shape {labels.Describe()} (labels must be (N,) or one label)");
        }

        return StaticType.Array(labels.Shape is null ? null : [.. labels.Shape, classes]);
    }

    private static StaticType Pick(CallExpr call, List<StaticType> args, SourceText source)
    {
        var (scores, labels) = (args[0], args[1]);
        var fail = () => SpecError.PickMismatch(source, call.Function.Offset, call.Function.Length, scores.Describe(), labels.Describe());
        switch (scores.Rank, labels.Rank)
        {
            case (2, 1):
                var (n, m) = (scores.Shape![0], labels.Shape![0]);
                return n.Conflicts(m) ? throw fail() : StaticType.Array([n.IsUnknown ? m : n]);
            case (1, 0):
                return StaticType.FloatScalar;
            case (2, null):
                return StaticType.Array([scores.Shape![0]]);
            case (1, null):
                return StaticType.FloatScalar;
            case (null, 1):
                return StaticType.Array(labels.Shape);
            case (null, 0):
                return StaticType.FloatScalar;
            case (null, null):
                return StaticType.Unknown;
            default:
                throw fail();
        }
    }
}
