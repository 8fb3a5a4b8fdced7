namespace Grader.Values;

/// <summary>A list of tensors of possibly different shapes, e.g. the weight matrices of each layer.</summary>
public sealed class TensorList : Value
{
    public TensorList(IReadOnlyList<Tensor> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
    }

    public IReadOnlyList<Tensor> Items { get; }

    public int Count => Items.Count;

    public Tensor this[int index] => Items[index];

    public override string Describe() =>
        $"list of {Items.Count} [{string.Join(", ", Items.Select(t => t.Describe()))}]";

    public override string ToString() => $"[{string.Join(", ", Items.Select(t => ValueText.Format(t)))}]";
}
