using Grader.Reference;
using Grader.Reference.Shapes;
using Grader.Reference.Syntax;

namespace Grader.Formulas;

/// <summary>The names a formula may use: the inputs, their dimension symbols, the model's variables, and a problem's layers.</summary>
internal sealed partial class FormulaContext
{
    /// <summary>l and L, integers; each per-layer definition, a list shaped like its input.</summary>
    private IEnumerable<(string Name, StaticType Type)> LayerNames(NotationLayers layers)
    {
        var count = _checker.Infer(layers.Count, layers.CountSource);
        if (!count.IsInteger || !count.IsScalar)
        {
            throw FormulaError.LayerCount(layers.CountSource, count.Describe());
        }

        yield return (NotationLayers.Last, StaticType.IntScalar);
        yield return (NotationLayers.Layer, StaticType.IntScalar);
        foreach (var definition in layers.Definitions)
        {
            var like = _checker.Infer(definition.ShapedLike, definition.ShapedLikeSource);
            yield return (definition.Name, like.IsList ? StaticType.List(like.ElementShape)
                : throw FormulaError.LayerShapedLike(definition.ShapedLikeSource, like.Describe()));
        }
    }

    private static IEnumerable<string> NamesOf(IReadOnlyList<InputDeclaration> inputs, IReadOnlyList<Statement> statements)
    {
        foreach (var input in inputs)
        {
            yield return input.Name;
            foreach (var dim in input.Shape.Select(Dim.Parse).Where(d => d.Symbol is not null))
            {
                yield return dim.Symbol!;
            }
        }

        var pending = new Stack<Statement>(statements.Reverse());
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case Assignment assignment:
                    yield return assignment.Target.Name;
                    break;
                case ForLoop loop:
                    foreach (var statement in loop.Body)
                    {
                        pending.Push(statement);
                    }

                    break;
            }
        }
    }
}
