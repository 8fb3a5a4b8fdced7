namespace Grader.Reference.Autodiff;

/// <summary>A list input while a model runs; each element is a leaf of the tape.</summary>
internal sealed class NodeList(IReadOnlyList<Node> items) : Datum
{
    public IReadOnlyList<Node> Items { get; } = items;

    public override string Describe() => $"a list of {Items.Count} arrays";
}
