using System.Globalization;
using System.Text.RegularExpressions;
using Grader.Values;

namespace Grader.Specs.Generators;

/// <summary>
/// Works out the dimensions of a case (N = 4, H = 3, n = [2, 3, 1]) from its input values and the
/// declared shapes, and checks that every input agrees with them.
/// </summary>
public static partial class DimBinder
{
    public static DimScope Bind(IReadOnlyList<InputSpec> inputs, IReadOnlyDictionary<string, Value> values)
    {
        var scalars = new Dictionary<string, (int Value, string From)>();
        var lists = new Dictionary<string, SortedDictionary<int, (int Value, string From)>>();
        var deferred = new List<(string Input, string Expression, int Actual, string What)>();

        void Bind(string input, string entry, int actual, string what, int? index)
        {
            if (int.TryParse(entry, NumberStyles.Integer, CultureInfo.InvariantCulture, out var literal))
            {
                if (literal != actual)
                {
                    throw new DimMismatchException(input, $"{what} is {actual}, but the spec declares {literal}");
                }
            }
            else if (IsSymbol(entry))
            {
                if (scalars.TryGetValue(entry, out var bound) && bound.Value != actual)
                {
                    throw new DimMismatchException(input, $"{what} is {actual}, but {entry} is {bound.Value} from {bound.From}");
                }

                scalars.TryAdd(entry, (actual, what));
            }
            else if (index is { } i && ListEntry().Match(entry) is { Success: true } match)
            {
                var offset = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) * (match.Groups[2].Value == "-" ? -1 : 1) : 0;
                var sizes = lists.TryGetValue(match.Groups[1].Value, out var existing) ? existing : lists[match.Groups[1].Value] = [];
                var position = i + offset;
                if (sizes.TryGetValue(position, out var bound) && bound.Value != actual)
                {
                    throw new DimMismatchException(input, $"{what} is {actual}, but {match.Groups[1].Value}[{position}] is {bound.Value} from {bound.From}");
                }

                sizes.TryAdd(position, (actual, what));
            }
            else
            {
                deferred.Add((input, entry, actual, what));
            }
        }

        foreach (var input in inputs)
        {
            if (!values.TryGetValue(input.Name, out var value))
            {
                throw new DimMismatchException(input.Name, $"input '{input.Name}' is missing");
            }

            if (input.Kind == InputKind.FloatList)
            {
                if (value is not TensorList list)
                {
                    throw new DimMismatchException(input.Name, $"input '{input.Name}' must be a list of arrays");
                }

                Bind(input.Name, input.ListLength!, list.Count, $"the length of '{input.Name}'", null);
                for (var i = 0; i < list.Count; i++)
                {
                    CheckShape(input, list[i], $"{input.Name}[{i}]", i, Bind);
                }
            }
            else
            {
                if (value is not Tensor tensor)
                {
                    throw new DimMismatchException(input.Name, $"input '{input.Name}' must be an array, not a list of arrays");
                }

                CheckShape(input, tensor, input.Name, null, Bind);
            }
        }

        var scope = new DimScope(
            scalars.ToDictionary(p => p.Key, p => p.Value.Value),
            lists.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)[.. p.Value.Values.Select(v => v.Value)]));
        foreach (var (input, expression, actual, what) in deferred)
        {
            var expected = DimExpression.Parse(SourceText.Inline(expression)).Evaluate(scope);
            if (expected != actual)
            {
                throw new DimMismatchException(input, $"{what} is {actual}, but the spec declares {expression} = {expected}");
            }
        }

        return scope;
    }

    private static void CheckShape(InputSpec input, Tensor tensor, string name, int? index, Action<string, string, int, string, int?> bind)
    {
        if (tensor.Rank != input.Shape.Count)
        {
            var declared = input.Shape.Count == 0 ? "a scalar" : $"shape ({string.Join(", ", input.Shape)})";
            throw new DimMismatchException(input.Name, $"'{name}' has shape {Tensor.FormatShape(tensor.Shape)}, but the spec declares {declared}");
        }

        for (var axis = 0; axis < tensor.Rank; axis++)
        {
            bind(input.Name, input.Shape[axis], tensor.Shape[axis], $"axis {axis} of '{name}'", index);
        }
    }

    private static bool IsSymbol(string entry) => entry.Length > 0 && (char.IsLetter(entry[0]) || entry[0] == '_') && entry.All(c => char.IsLetterOrDigit(c) || c == '_');

    [GeneratedRegex(@"^([A-Za-z_]\w*)\[i(?:([+-])(\d+))?\]$")]
    private static partial Regex ListEntry();
}
