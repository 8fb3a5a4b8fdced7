namespace Grader.Formulas.Latex;

/// <summary>Measures a read formula without recursion: a long chain of products nests one level per factor.</summary>
internal static class MathTree
{
    public static IEnumerable<MathNode> Children(MathNode node) => node switch
    {
        BinaryNode b => [b.Left, b.Right],
        NegateNode n => [n.Operand],
        PowerNode p => [p.Base, p.Exponent],
        TransposeNode t => [t.Operand],
        ApplyNode a => [a.Function, .. a.Arguments],
        SumNode s => new[] { s.Lower, s.Upper, s.Body }.OfType<MathNode>(),
        NormNode n => [n.Operand],
        AbsNode a => [a.Operand],
        IndicatorNode i => [i.Left, i.Right],
        ComponentNode c => [c.Target, c.Index],
        _ => [],
    };

    /// <summary>A node deeper than <paramref name="limit"/>, or null.</summary>
    public static MathNode? TooDeep(MathNode root, int limit) => TreeDepth.Beyond(root, Children, limit);
}
