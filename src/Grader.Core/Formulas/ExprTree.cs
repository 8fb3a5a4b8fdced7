using Grader.Reference.Syntax;

namespace Grader.Formulas;

/// <summary>Walks a model-language tree without recursion, so a hostile formula is measured before anything recurses over it.</summary>
internal static class ExprTree
{
    public static IEnumerable<Expr> Children(Expr expr) => expr switch
    {
        BinaryExpr b => [b.Left, b.Right],
        NegateExpr n => [n.Operand],
        CallExpr c => [c.Function, .. c.Arguments, .. c.Keywords.Select(k => k.Value)],
        IndexExpr i => [i.Target, i.Index],
        SliceExpr s => new[] { s.Target, s.Start, s.Stop }.OfType<Expr>(),
        TransposeExpr t => [t.Target],
        ListExpr l => l.Items,
        _ => [],
    };

    /// <summary>The tree rebuilt from the leaves up, <paramref name="rewrite"/> applied to every node after its children (depth is bounded before).</summary>
    public static Expr Map(Expr expr, Func<Expr, Expr> rewrite) => rewrite(expr switch
    {
        BinaryExpr b => b with { Left = Map(b.Left, rewrite), Right = Map(b.Right, rewrite) },
        NegateExpr n => n with { Operand = Map(n.Operand, rewrite) },
        CallExpr c => c with
        {
            Arguments = [.. c.Arguments.Select(a => Map(a, rewrite))],
            Keywords = [.. c.Keywords.Select(k => k with { Value = Map(k.Value, rewrite) })],
        },
        IndexExpr i => i with { Target = Map(i.Target, rewrite), Index = Map(i.Index, rewrite) },
        SliceExpr s => s with { Target = Map(s.Target, rewrite), Start = s.Start is null ? null : Map(s.Start, rewrite), Stop = s.Stop is null ? null : Map(s.Stop, rewrite) },
        TransposeExpr t => t with { Target = Map(t.Target, rewrite) },
        ListExpr l => l with { Items = [.. l.Items.Select(i => Map(i, rewrite))] },
        _ => expr,
    });

    /// <summary>A node deeper than <paramref name="limit"/>, or null.</summary>
    public static Expr? TooDeep(Expr root, int limit) => TreeDepth.Beyond(root, Children, limit);

    /// <summary>Every call in the tree, in no particular order.</summary>
    public static IEnumerable<CallExpr> Calls(Expr root) => Nodes(root).OfType<CallExpr>();

    /// <summary>Every node of the tree, the root first, then in no particular order.</summary>
    public static IEnumerable<Expr> Nodes(Expr root)
    {
        var stack = new Stack<Expr>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in Children(node))
            {
                stack.Push(child);
            }
        }
    }
}
