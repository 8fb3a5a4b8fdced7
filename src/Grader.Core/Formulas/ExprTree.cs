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
