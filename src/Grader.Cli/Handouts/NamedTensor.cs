using Grader.Values;

namespace Grader.Cli.Handouts;

/// <summary>
/// One array a handout prints on its own, at most a matrix: an input, an item of a list input
/// (<c>weights[0]</c>, one per layer), or a slice of an array of rank 3 or more.
/// </summary>
/// <param name="Index">The item's position in its input (empty for a whole input), as Python indexes it.</param>
internal sealed record NamedTensor(string Name, IReadOnlyList<int> Index, Tensor Tensor)
{
    /// <summary>Every array of an input, in order: one for a tensor up to a matrix, one per item of a list.</summary>
    public static IEnumerable<NamedTensor> Split(string name, Value value) => value switch
    {
        TensorList list => list.Items.SelectMany((item, i) => Slices(new NamedTensor(name, [i], item))),
        Tensor tensor => Slices(new NamedTensor(name, [], tensor)),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public bool IsScalar => Tensor.IsScalar;

    /// <summary>The entries as rows of printed numbers: a matrix's rows, a vector as one row, a scalar as one row of one.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows()
    {
        var columns = Tensor.Rank == 2 ? Tensor.Shape[1] : Tensor.Count;
        var rows = Tensor.Rank == 2 ? Tensor.Shape[0] : 1;
        return [.. Enumerable.Range(0, rows).Select(r => (IReadOnlyList<string>)[.. Enumerable.Range(0, columns).Select(c => HandoutNumber.Plain(Tensor[(r * columns) + c], Tensor.IsInteger))])];
    }

    private static IEnumerable<NamedTensor> Slices(NamedTensor named)
    {
        if (named.Tensor.Rank <= 2)
        {
            return [named];
        }

        var shape = named.Tensor.ShapeArray()[1..];
        var size = Tensor.ShapeSize(shape);
        var data = named.Tensor.ToArray();
        return Enumerable.Range(0, named.Tensor.Shape[0]).SelectMany(i =>
            Slices(new NamedTensor(named.Name, [.. named.Index, i], new Tensor(shape, data[(i * size)..((i + 1) * size)], named.Tensor.IsInteger))));
    }
}
