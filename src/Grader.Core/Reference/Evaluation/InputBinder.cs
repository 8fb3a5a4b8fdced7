using System.Globalization;
using System.Text.RegularExpressions;
using Grader.Reference.Autodiff;
using Grader.Reference.Shapes;
using Grader.Specs;
using Grader.Values;

namespace Grader.Reference.Evaluation;

/// <summary>
/// Turns a case's input values into the model's starting scope: each input a leaf of the tape, and
/// each dimension symbol bound to its size, checked for consistency across inputs.
/// </summary>
internal sealed partial class InputBinder
{
    private readonly Dictionary<string, int> _dimensions = [];
    private readonly Dictionary<string, Datum> _scope = [];

    public static Dictionary<string, Datum> Bind(IReadOnlyList<InputDeclaration> declarations, IReadOnlyDictionary<string, Value> inputs)
    {
        var binder = new InputBinder();
        foreach (var declaration in declarations)
        {
            if (!inputs.TryGetValue(declaration.Name, out var value))
            {
                throw SpecError.InvalidInput(declaration.Name, $"no value was given for input '{declaration.Name}'");
            }

            binder._scope[declaration.Name] = binder.BindOne(declaration, value);
        }

        foreach (var (symbol, size) in binder._dimensions.Where(d => Dim(d.Key) && !binder._scope.ContainsKey(d.Key)))
        {
            binder._scope[symbol] = Node.Constant(Tensor.IntScalar(size));
        }

        return binder._scope;
    }

    private static bool Dim(string key) => Shapes.Dim.IsSymbol(key);

    private Datum BindOne(InputDeclaration declaration, Value value)
    {
        var name = declaration.Name;
        if (declaration.Kind == InputKind.FloatList)
        {
            if (value is not TensorList list)
            {
                throw SpecError.InvalidInput(name, $"input '{name}' must be a list of arrays, got {value.Describe()}");
            }

            if (declaration.ListLength is { } length)
            {
                Match(name, length, list.Count, "the list length");
            }

            for (var i = 0; i < list.Count; i++)
            {
                MatchShape(name, declaration.Shape, list[i], i);
            }

            return new NodeList([.. list.Items.Select(t => Node.Leaf(t.AsFloat()))]);
        }

        if (value is not Tensor tensor)
        {
            throw SpecError.InvalidInput(name, $"input '{name}' must be an array, got {value.Describe()}");
        }

        MatchShape(name, declaration.Shape, tensor, null);
        if (declaration.Kind == InputKind.Float)
        {
            return Node.Leaf(tensor.AsFloat());
        }

        foreach (var x in tensor.Span)
        {
            if (x != Math.Floor(x))
            {
                throw SpecError.InvalidInput(name, $"input '{name}' must hold integers, got {ValueText.Number(x)}");
            }
        }

        return Node.Constant(new Tensor(tensor.ShapeArray(), tensor.ToArray(), isInteger: true));
    }

    private void MatchShape(string name, IReadOnlyList<string> declared, Tensor tensor, int? element)
    {
        var what = element is { } e ? string.Create(CultureInfo.InvariantCulture, $"element {e} of input '{name}'") : $"input '{name}'";
        if (declared.Count != tensor.Rank)
        {
            throw SpecError.InvalidInput(name, $"{what} must have shape ({string.Join(", ", declared)}), got {tensor.Describe()}");
        }

        for (var d = 0; d < declared.Count; d++)
        {
            var entry = declared[d].Trim();
            if (element is { } i && Indexed().Match(entry) is { Success: true } m)
            {
                var shift = m.Groups[2].Success ? int.Parse(m.Groups[2].Value.Replace(" ", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : 0;
                entry = string.Create(CultureInfo.InvariantCulture, $"{m.Groups[1].Value}[{i + shift}]");
            }

            Match(name, entry, tensor.Shape[d], $"dimension {d.ToString(CultureInfo.InvariantCulture)} of {what}");
        }
    }

    private void Match(string name, string entry, int size, string what)
    {
        if (int.TryParse(entry, NumberStyles.None, CultureInfo.InvariantCulture, out var literal))
        {
            if (literal != size)
            {
                throw SpecError.InvalidInput(name, string.Create(CultureInfo.InvariantCulture, $"{what} must be {literal}, got {size}"));
            }

            return;
        }

        if (_dimensions.TryGetValue(entry, out var bound) && bound != size)
        {
            throw SpecError.InvalidInput(name, string.Create(
                CultureInfo.InvariantCulture,
                $"{what} is {entry} = {size}, but another input has {entry} = {bound}"));
        }

        _dimensions[entry] = size;
    }

    [GeneratedRegex(@"^(\w+)\[\s*i\s*([+-]\s*\d+)?\s*\]$")]
    private static partial Regex Indexed();
}
