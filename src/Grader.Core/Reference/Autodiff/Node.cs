using Grader.Values;

namespace Grader.Reference.Autodiff;

/// <summary>
/// An array recorded on the tape: its value, the nodes it was computed from, and how to send a
/// gradient back to them. Ids grow with creation, so a node's parents always have smaller ids and
/// sorting by id is a topological order.
/// </summary>
internal sealed class Node : Datum
{
    private static long _nextId;

    private Node(Tensor value, Node[] parents, Func<Tensor, Tensor?[]>? backward, bool requiresGrad)
    {
        Id = Interlocked.Increment(ref _nextId);
        Value = value;
        Parents = parents;
        Backward = backward;
        RequiresGrad = requiresGrad && !value.IsInteger;
    }

    public long Id { get; }

    public Tensor Value { get; }

    public IReadOnlyList<Node> Parents { get; }

    /// <summary>Given the gradient of this node, the gradient of each parent (null: nothing to send).</summary>
    public Func<Tensor, Tensor?[]>? Backward { get; }

    /// <summary>Whether a gradient can flow into this node (false for literals, integers and grad results).</summary>
    public bool RequiresGrad { get; }

    public IReadOnlyList<int> Shape => Value.Shape;

    public bool IsInteger => Value.IsInteger;

    public static Node Constant(Tensor value) => new(value, [], null, requiresGrad: false);

    public static Node Leaf(Tensor value) => new(value, [], null, requiresGrad: true);

    /// <summary>The result of an operation; it needs no tape entry when no parent needs a gradient.</summary>
    public static Node Operation(Tensor value, Node[] parents, Func<Tensor, Tensor?[]> backward)
    {
        var requires = parents.Any(p => p.RequiresGrad);
        return requires ? new Node(value, parents, backward, true) : Constant(value);
    }

    public override string Describe() => Value.Describe();
}
