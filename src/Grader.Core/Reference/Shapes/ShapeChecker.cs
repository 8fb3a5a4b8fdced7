using Grader.Reference.Syntax;
using Grader.Specs;
using Grader.Values;

namespace Grader.Reference.Shapes;

/// <summary>
/// Walks a model and its outputs with symbolic shapes taken from the input declarations, so that
/// unknown names, bad calls and shapes that certainly do not fit are reported before any case runs.
/// Shapes it cannot know (list elements, values reassigned in loops) are left to the run-time checks.
/// </summary>
internal sealed partial class ShapeChecker
{
    private readonly HashSet<string> _dimensions = [];
    private Dictionary<string, StaticType> _scope = [];

    public ShapeChecker(IReadOnlyList<InputDeclaration> inputs)
    {
        foreach (var input in inputs)
        {
            var shape = input.Shape.Select(Dim.Parse).ToList();
            _scope[input.Name] = input.Kind switch
            {
                InputKind.FloatList => StaticType.List(shape),
                InputKind.Int => StaticType.Array(shape, isInteger: true),
                _ => StaticType.Array(shape),
            };
            foreach (var dim in shape.Where(d => d.Symbol is not null))
            {
                _dimensions.Add(dim.Symbol!);
            }

            if (input.ListLength is { } length && Dim.IsSymbol(length))
            {
                _dimensions.Add(length);
            }
        }

        foreach (var dim in _dimensions.Where(d => !_scope.ContainsKey(d)))
        {
            _scope[dim] = StaticType.IntScalar;
        }
    }

    /// <summary>A name bound from outside the model (a formula's layer, a student's per-layer definition).</summary>
    public void Declare(string name, StaticType type) => _scope[name] = type;

    public void CheckModel(IReadOnlyList<Statement> statements, SourceText source)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case Assignment assignment:
                    var type = Infer(assignment.Value, source);
                    // A model variable may shadow a dimension symbol (elastic-net's R = ... with W: [R, C]).
                    _dimensions.Remove(assignment.Target.Name);
                    _scope[assignment.Target.Name] = type;
                    break;
                case ForLoop loop:
                    CheckLoop(loop, source);
                    break;
            }
        }
    }

    private void CheckLoop(ForLoop loop, SourceText source)
    {
        FunctionTable.Check(loop.Range, source, inForHeader: true);
        foreach (var argument in loop.Range.Arguments)
        {
            RequireInteger(Infer(argument, source), argument, source, "a bound of range");
        }

        _scope[loop.Variable.Name] = StaticType.IntScalar;

        // A loop may change the shape of what it reassigns: walk it until the joined scope settles.
        for (var pass = 0; pass < 4; pass++)
        {
            var before = new Dictionary<string, StaticType>(_scope);
            CheckModel(loop.Body, source);
            var joined = new Dictionary<string, StaticType>(_scope);
            foreach (var (name, type) in before)
            {
                joined[name] = type.Join(_scope[name]);
            }

            var settled = joined.All(kv => before.TryGetValue(kv.Key, out var old) && Same(old, kv.Value));
            _scope = joined;
            if (settled)
            {
                break;
            }
        }
    }

    private static bool Same(StaticType a, StaticType b) =>
        a.IsList == b.IsList && a.IsInteger == b.IsInteger && a.Describe() == b.Describe()
        && StaticType.Format(a.ElementShape) == StaticType.Format(b.ElementShape);

    private static void RequireInteger(StaticType type, Expr expr, SourceText source, string what)
    {
        if (type.IsList || (type.Shape is not null && (type.Shape.Count != 0 || !type.IsInteger)))
        {
            throw SpecError.ExpectedInteger(source, expr.Offset, expr.Length, what, type.IsList ? "a list" : type.IsScalar ? "a float" : $"an array of shape {type.Describe()}");
        }
    }

    private IEnumerable<string> Names => _scope.Keys;
}
