using Grader.Reference.Autodiff;
using Grader.Reference.Syntax;
using Grader.Specs;
using Grader.Values;

namespace Grader.Formulas;

/// <summary>
/// One case's formulas layer by layer, in a problem with <c>notation.layers</c>: the student's per-layer
/// definitions are computed from the last layer down (δ^L, then δ^l from δ^{l+1}), then a list output's
/// formula is evaluated for each layer l = 1 … L and the layers make the list.
/// </summary>
internal sealed class LayerRun
{
    private readonly FormulaContext _context;
    private readonly FormulaScope _scope;

    /// <exception cref="SpecException">the spec's layer count does not evaluate to an integer on this case.</exception>
    public LayerRun(FormulaContext context, NotationLayers layers, FormulaScope scope)
    {
        _context = context;
        _scope = scope;
        Count = scope.Integer(layers.Count, layers.CountSource);
        scope.Set(NotationLayers.Last, Integer(Count));
    }

    /// <summary>L, the number of layers of this case.</summary>
    public int Count { get; }

    /// <summary>Computes a definition's layers and binds them, so the formulas after it can use them.</summary>
    /// <exception cref="SpecException">a layer uses one not yet known, or does not evaluate, located in its formula.</exception>
    public void Define(LayerDefinition definition, FormulaReading last, FormulaReading step)
    {
        // Layers not yet computed hold NaN; CheckKnown keeps any formula from reading one.
        var layers = Enumerable.Repeat(Node.Constant(Tensor.Scalar(double.NaN)), Count).ToArray();
        for (var layer = Count; layer >= 1; layer--)
        {
            var reading = layer == Count ? last : step;
            SetLayer(layer);
            _scope.Set(definition.Name, new NodeList([.. layers]));
            CheckKnown(definition, reading, layer);
            layers[layer - 1] = Node.Constant(Array(_context.Evaluate(reading, _scope), reading));
        }

        _scope.Set(definition.Name, new NodeList(layers));
    }

    /// <summary>A list output: its formula for every layer l = 1 … L.</summary>
    /// <exception cref="SpecException">a layer does not evaluate, located in the formula.</exception>
    public TensorList Evaluate(FormulaReading reading)
    {
        var items = new List<Tensor>();
        for (var layer = 1; layer <= Count; layer++)
        {
            SetLayer(layer);
            items.Add(Array(_context.Evaluate(reading, _scope), reading));
        }

        return new TensorList(items);
    }

    private void SetLayer(int layer) => _scope.Set(NotationLayers.Layer, Integer(layer));

    /// <summary>Every layer of the definition that the formula uses at this layer is already computed: a later one.</summary>
    private void CheckKnown(LayerDefinition definition, FormulaReading reading, int layer)
    {
        foreach (var node in ExprTree.Nodes(reading.Expression))
        {
            if (node is IndexExpr { Target: NameExpr target } index && target.Name == definition.Name)
            {
                var used = _scope.Integer(index.Index, reading.Source) + 1;
                if (used <= layer || used > Count)
                {
                    throw used > Count
                        ? FormulaError.LayerOutOfRange(reading.Source, index.Offset, Math.Max(1, index.Length), used, Count)
                        : FormulaError.DefinitionAhead(reading.Source, index.Offset, Math.Max(1, index.Length), definition.Spelling, layer, used);
                }
            }
        }
    }

    private static Tensor Array(Value value, FormulaReading reading) => value as Tensor
        ?? throw FormulaError.LayerNotArray(reading.Source, value.Describe());

    private static Node Integer(int value) => Node.Constant(Tensor.IntScalar(value));
}
