namespace Grader.Specs.Generators;

/// <summary>
/// A size in a spec: a literal (<c>2</c>), a dimension (<c>N</c>), arithmetic on them
/// (<c>N + 1</c>), or an entry of a list of sizes (<c>n[i+1]</c>, where <c>i</c> is the index of
/// a list input's element).
/// </summary>
public sealed class DimExpression
{
    private readonly GeneratorNode _node;

    private DimExpression(SourceText source, GeneratorNode node)
    {
        Source = source;
        _node = node;
    }

    public SourceText Source { get; }

    public string Text => Source.Text;

    public static DimExpression Parse(SourceText source) => new(source, GeneratorParser.Parse(source));

    /// <summary>The names of dimensions this expression refers to (not the index variable i).</summary>
    public IEnumerable<string> Names() => Collect(_node).Where(n => n != "i");

    /// <summary>The symbol if the expression is a single dimension name (<c>N</c>), else null.</summary>
    public string? AsSymbol() => _node is NameNode name ? name.Name : null;

    public int Evaluate(DimScope scope) => checked((int)Math.Round(Evaluate(_node, scope)));

    private double Evaluate(GeneratorNode node, DimScope scope) => node switch
    {
        NumberNode n => n.Value,
        NameNode n => scope.Scalar(n.Name) ?? throw UnknownDimension(n.Offset, n.Name, scope),
        IndexNode n => scope.List(n.Name) is { } list
            ? ElementAt(list, (int)Evaluate(n.Index, scope), n)
            : throw UnknownDimension(n.Offset, n.Name, scope),
        NegateNode n => -Evaluate(n.Operand, scope),
        BinaryNode { Operator: '+' } n => Evaluate(n.Left, scope) + Evaluate(n.Right, scope),
        BinaryNode { Operator: '-' } n => Evaluate(n.Left, scope) - Evaluate(n.Right, scope),
        BinaryNode { Operator: '*' } n => Evaluate(n.Left, scope) * Evaluate(n.Right, scope),
        BinaryNode { Operator: '/' } n => Math.Floor(Evaluate(n.Left, scope) / Evaluate(n.Right, scope)),
        _ => throw SpecError.InText(Source, node.Offset, 1, "a size cannot contain a call", "write sizes with names, numbers, + - * / and n[i]"),
    };

    private int ElementAt(IReadOnlyList<int> list, int index, IndexNode node) =>
        index >= 0 && index < list.Count
            ? list[index]
            : throw SpecError.InText(Source, node.Offset, node.Name.Length, $"{node.Name}[{index}] is out of range: {node.Name} has {list.Count} entries", null);

    private SpecException UnknownDimension(int offset, string name, DimScope scope) =>
        SpecError.InText(Source, offset, name.Length, $"unknown dimension '{name}'{Suggestions.DidYouMean(name, scope.Names)}", "dimensions are the symbols used in the inputs' shapes and under hidden.dims");

    private static IEnumerable<string> Collect(GeneratorNode node) => node switch
    {
        NameNode n => [n.Name],
        IndexNode n => Collect(n.Index).Prepend(n.Name),
        NegateNode n => Collect(n.Operand),
        BinaryNode n => Collect(n.Left).Concat(Collect(n.Right)),
        CallNode n => n.Arguments.SelectMany(Collect),
        _ => [],
    };

    public override string ToString() => Text;
}
