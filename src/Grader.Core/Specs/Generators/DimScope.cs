namespace Grader.Specs.Generators;

/// <summary>The sizes known while building a case: scalar dimensions, lists of sizes, and the element index i.</summary>
public sealed class DimScope
{
    private readonly Dictionary<string, int> _scalars;
    private readonly Dictionary<string, IReadOnlyList<int>> _lists;

    public DimScope(IReadOnlyDictionary<string, int>? scalars = null, IReadOnlyDictionary<string, IReadOnlyList<int>>? lists = null)
    {
        _scalars = scalars is null ? [] : new Dictionary<string, int>(scalars);
        _lists = lists is null ? [] : new Dictionary<string, IReadOnlyList<int>>(lists);
    }

    public IReadOnlyDictionary<string, int> Scalars => _scalars;

    public IReadOnlyDictionary<string, IReadOnlyList<int>> Lists => _lists;

    public IEnumerable<string> Names => _scalars.Keys.Concat(_lists.Keys);

    public int? Scalar(string name) => _scalars.TryGetValue(name, out var value) ? value : null;

    public IReadOnlyList<int>? List(string name) => _lists.TryGetValue(name, out var value) ? value : null;

    public DimScope With(string name, int value)
    {
        var copy = new DimScope(_scalars, _lists);
        copy._scalars[name] = value;
        return copy;
    }

    public void Set(string name, int value) => _scalars[name] = value;

    public void SetList(string name, IReadOnlyList<int> values) => _lists[name] = values;
}
