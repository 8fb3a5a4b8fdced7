using Grader.Values;

namespace Grader.Reference.Autodiff;

/// <summary>Reverse-mode differentiation over the tape of <see cref="Node"/>s.</summary>
internal static class Backprop
{
    /// <summary>The gradient of the scalar <paramref name="f"/> with respect to each of <paramref name="wrt"/>.</summary>
    public static Tensor[] Gradients(Node f, IReadOnlyList<Node> wrt)
    {
        var results = wrt.Select(x => Tensor.Zeros(x.Value.ShapeArray())).ToArray();
        if (!f.RequiresGrad || wrt.Count == 0)
        {
            return results;
        }

        var lowest = wrt.Min(x => x.Id);
        var grads = new Dictionary<Node, Tensor> { [f] = Tensor.Filled(f.Value.ShapeArray(), 1.0) };
        foreach (var node in Ancestors(f, lowest))
        {
            if (node.Backward is null || !grads.TryGetValue(node, out var g))
            {
                continue;
            }

            var parentGrads = node.Backward(g);
            for (var i = 0; i < node.Parents.Count; i++)
            {
                var parent = node.Parents[i];
                if (parentGrads[i] is { } pg && parent.RequiresGrad)
                {
                    grads[parent] = grads.TryGetValue(parent, out var existing) ? TensorMath.Add(existing, pg) : pg;
                }
            }
        }

        for (var i = 0; i < wrt.Count; i++)
        {
            if (grads.TryGetValue(wrt[i], out var g))
            {
                results[i] = g;
            }
        }

        return results;
    }

    /// <summary>Nodes reachable from <paramref name="f"/> that need a gradient, latest first, down to id <paramref name="lowest"/>.</summary>
    private static List<Node> Ancestors(Node f, long lowest)
    {
        var seen = new HashSet<Node> { f };
        var stack = new Stack<Node>([f]);
        var order = new List<Node>();
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            order.Add(node);
            foreach (var parent in node.Parents)
            {
                if (parent.RequiresGrad && parent.Id >= lowest && seen.Add(parent))
                {
                    stack.Push(parent);
                }
            }
        }

        order.Sort((a, b) => b.Id.CompareTo(a.Id));
        return order;
    }
}
