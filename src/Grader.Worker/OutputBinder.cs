using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Grader.Worker.Protocol;

namespace Grader.Worker;

/// <summary>
/// Reads a method's return value as the problem's outputs: a dictionary keyed by output name, a
/// record or class with those properties, a value tuple or list in order, or (one output) the value.
/// </summary>
internal static class OutputBinder
{
    public static (JsonObject Values, List<ReturnProblem> Problems) Bind(object? result, IReadOnlyList<(string Name, bool IsList)> outputs)
    {
        var raw = new Dictionary<string, object?>(StringComparer.Ordinal);
        var problems = new List<ReturnProblem>();
        var names = outputs.Select(o => o.Name).ToList();
        if (result is IDictionary dictionary)
        {
            var entries = new List<(string Key, object? Value)>();
            var enumerator = dictionary.GetEnumerator();
            while (enumerator.MoveNext())
            {
                entries.Add((enumerator.Key?.ToString() ?? string.Empty, enumerator.Value));
            }

            foreach (var name in names)
            {
                var match = entries.FindIndex(e => e.Key == name) is var exact and >= 0
                    ? exact
                    : entries.FindIndex(e => string.Equals(e.Key, name, StringComparison.OrdinalIgnoreCase));
                if (match < 0)
                {
                    problems.Add(new ReturnProblem("missing", name));
                }
                else
                {
                    raw[name] = entries[match].Value;
                }
            }
        }
        else if (names.Count == 1 && (result is null || Member(result, names[0]) is null))
        {
            raw[names[0]] = result is ITuple { Length: 1 } single ? single[0] : result;
        }
        else if (result is ITuple tuple || result is IList)
        {
            var items = result is ITuple t ? Enumerable.Range(0, t.Length).Select(i => t[i]).ToList() : ((IList)result).Cast<object?>().ToList();
            if (items.Count != names.Count)
            {
                problems.Add(new ReturnProblem("count", Count: items.Count));
            }

            foreach (var (name, item) in names.Zip(items))
            {
                raw[name] = item;
            }
        }
        else
        {
            foreach (var name in names)
            {
                if (Member(result, name) is { } member)
                {
                    raw[name] = member();
                }
                else
                {
                    problems.Add(new ReturnProblem("missing", name));
                }
            }
        }

        var values = new JsonObject();
        foreach (var (name, isList) in outputs.Where(o => raw.ContainsKey(o.Name)))
        {
            try
            {
                values[name] = isList && raw[name] is not IEnumerable ? throw new UnreadableValueException("notList") : OutputEncoder.Encode(raw[name], 0);
            }
            catch (UnreadableValueException bad)
            {
                problems.Add(new ReturnProblem(bad.Kind, name, Type: bad.TypeName));
            }
        }

        return (values, problems);
    }

    private static Func<object?>? Member(object? target, string name)
    {
        if (target is null)
        {
            return null;
        }

        const System.Reflection.BindingFlags Flags = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase;
        var type = target.GetType();
        if (type.GetProperty(name, Flags) is { } property && property.GetIndexParameters().Length == 0)
        {
            return () => property.GetValue(target);
        }

        return type.GetField(name, Flags) is { } field ? () => field.GetValue(target) : null;
    }
}
