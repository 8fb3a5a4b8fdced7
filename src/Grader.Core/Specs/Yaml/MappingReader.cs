using System.Globalization;
using Grader.Values;

namespace Grader.Specs.Yaml;

/// <summary>
/// Typed access to the keys of one YAML mapping of a spec, with the checks every mapping needs:
/// unknown keys (with a suggestion), required keys, and the type of each value.
/// </summary>
internal sealed class MappingReader
{
    private readonly string _where;

    private MappingReader(YamlMapping mapping, string where)
    {
        Mapping = mapping;
        _where = where;
    }

    public YamlMapping Mapping { get; }

    /// <summary>Wraps <paramref name="node"/>, which must be a mapping whose keys are all in <paramref name="allowed"/>.</summary>
    public static MappingReader Of(YamlNode node, string where, params string[] allowed)
    {
        if (node is not YamlMapping mapping)
        {
            throw SpecError.WrongType(node, "a mapping of keys to values", where);
        }

        foreach (var (key, _) in mapping.Entries)
        {
            if (allowed.Length > 0 && !allowed.Contains(key.Value))
            {
                throw SpecError.UnknownKey(key, allowed, where);
            }
        }

        return new MappingReader(mapping, where);
    }

    public YamlNode? Optional(string key) => Mapping[key] is { } node && !(node is YamlScalar s && s.IsNull) ? node : null;

    public YamlNode Require(string key, string example) =>
        Optional(key) ?? throw SpecError.MissingKey(Mapping, key, _where, example);

    public string RequireString(string key, string example) => AsString(Require(key, example), key);

    public string? OptionalString(string key) => Optional(key) is { } node ? AsString(node, key) : null;

    public double RequireNumber(string key, string example) => AsNumber(Require(key, example), $"'{key}' in {_where}");

    public double? OptionalNumber(string key) => Optional(key) is { } node ? AsNumber(node, $"'{key}' in {_where}") : null;

    public int? OptionalInt(string key) => Optional(key) is { } node ? AsInt(node, $"'{key}' in {_where}") : null;

    public string AsString(YamlNode node, string key) => node is YamlScalar scalar
        ? scalar.Value
        : throw SpecError.WrongType(node, "text", $"'{key}' in {_where}");

    public static double AsNumber(YamlNode node, string what)
    {
        if (node is YamlScalar scalar && scalar.TryNumber(out var number))
        {
            return number;
        }

        throw SpecError.WrongType(node, "a number", what);
    }

    public static int AsInt(YamlNode node, string what)
    {
        if (node is YamlScalar scalar && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw SpecError.WrongType(node, "a whole number", what);
    }

    public static YamlMapping AsMapping(YamlNode node, string what) =>
        node as YamlMapping ?? throw SpecError.WrongType(node, "a mapping of keys to values", what);

    public static YamlSequence AsSequence(YamlNode node, string what) =>
        node as YamlSequence ?? throw SpecError.WrongType(node, "a list", what);
}
