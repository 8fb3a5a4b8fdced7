using Grader.Reference.Syntax;

namespace Grader.Formulas;

/// <summary>
/// Copies a notation value or function template (written in the spec) into a formula: every node is
/// placed at the symbol the student wrote, and the template's argument <c>_</c> becomes the argument
/// (a layered symbol's layer <c>l</c> becomes the layer written: <c>z^{l+1}</c>).
/// </summary>
internal static class ExprRelocation
{
    public const string Placeholder = "_";

    public static Expr Relocate(Expr expr, int offset, int length, Expr? argument = null) =>
        Relocate(expr, offset, length, name => name == Placeholder ? argument : null);

    /// <summary>As <see cref="Relocate(Expr, int, int, Expr?)"/>, with the layer name <c>l</c> replaced by <paramref name="layer"/>.</summary>
    public static Expr AtLayer(Expr expr, int offset, int length, Expr layer) =>
        Relocate(expr, offset, length, name => name == NotationLayers.Layer ? layer : null) switch
        {
            IndexExpr index => index with { Index = Fold(index.Index) },
            var other => other,
        };

    /// <summary><c>l + 1 - 1</c> is <c>l</c>, so the reading shown is the one a student would write.</summary>
    private static Expr Fold(Expr index)
    {
        var (name, constant) = (default(NameExpr), 0.0);
        var pending = new Stack<(Expr Part, int Sign)>([(index, 1)]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case (BinaryExpr { Symbol: "+" or "-" } b, var sign):
                    pending.Push((b.Left, sign));
                    pending.Push((b.Right, b.Symbol == "+" ? sign : -sign));
                    break;
                case (NumberExpr { IsInteger: true } n, var sign):
                    constant += sign * n.Value;
                    break;
                case (NameExpr n, 1) when name is null:
                    name = n;
                    break;
                default:
                    return index;
            }
        }

        if (name is null)
        {
            return ExprBuild.Number(constant, index.Offset, index.Length) with { IsInteger = true };
        }

        return constant == 0 ? name
            : ExprBuild.Binary(constant > 0 ? "+" : "-", name, ExprBuild.Number(Math.Abs(constant), index.Offset, index.Length) with { IsInteger = true }, index.Offset);
    }

    private static Expr Relocate(Expr expr, int offset, int length, Func<string, Expr?> argument) => expr switch
    {
        NameExpr n when argument(n.Name) is { } replaced => replaced,
        NameExpr n => n with { Offset = offset, Length = length },
        NumberExpr n => n with { Offset = offset, Length = length },
        NegateExpr n => new NegateExpr(offset, length, Relocate(n.Operand, offset, length, argument)),
        BinaryExpr b => new BinaryExpr(
            b.Operator with { Offset = offset },
            Relocate(b.Left, offset, length, argument),
            Relocate(b.Right, offset, length, argument)),
        CallExpr c => new CallExpr(
            offset,
            length,
            c.Function with { Offset = offset, Length = length },
            [.. c.Arguments.Select(a => Relocate(a, offset, length, argument))],
            [.. c.Keywords.Select(k => new KeywordArgument(k.Keyword with { Offset = offset, Length = length }, Relocate(k.Value, offset, length, argument)))]),
        TransposeExpr t => new TransposeExpr(offset, length, Relocate(t.Target, offset, length, argument)),
        ListExpr l => new ListExpr(offset, length, [.. l.Items.Select(i => Relocate(i, offset, length, argument))]),
        IndexExpr i => new IndexExpr(offset, length, Relocate(i.Target, offset, length, argument), Relocate(i.Index, offset, length, argument)),
        SliceExpr s => new SliceExpr(
            offset,
            length,
            Relocate(s.Target, offset, length, argument),
            s.Start is null ? null : Relocate(s.Start, offset, length, argument),
            s.Stop is null ? null : Relocate(s.Stop, offset, length, argument)),
        _ => expr,
    };
}
