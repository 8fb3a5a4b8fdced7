namespace Grader.Formulas;

/// <summary>Measures a tree without recursion, so a hostile formula is refused before anything recurses over it.</summary>
internal static class TreeDepth
{
    /// <summary>A node deeper than <paramref name="limit"/>, or null when the whole tree stays within it.</summary>
    public static T? Beyond<T>(T root, Func<T, IEnumerable<T>> children, int limit)
        where T : class
    {
        var stack = new Stack<(T Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > limit)
            {
                return node;
            }

            foreach (var child in children(node))
            {
                stack.Push((child, depth + 1));
            }
        }

        return null;
    }
}
