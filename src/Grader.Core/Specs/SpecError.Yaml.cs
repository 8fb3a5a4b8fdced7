using Grader.Specs.Yaml;
using Grader.Values;
using YamlDotNet.Core;

namespace Grader.Specs;

/// <summary>Errors about the YAML structure of a spec: syntax, keys, types.</summary>
public static partial class SpecError
{
    internal static SpecException At(SpecFile file, int line, int column, string problem, string? hint, int length = 1) =>
        new(new SourceLocation(file.Path, line, column), problem, hint, file.LineText(line), length);

    internal static SpecException At(SpecFile file, Mark mark, string problem, string? hint) =>
        At(file, (int)mark.Line, (int)mark.Column, problem, hint);

    internal static SpecException At(YamlNode node, string problem, string? hint = null) =>
        At(node.File, node.Line, node.Column, problem, hint, node is YamlScalar s ? Math.Max(1, s.Value.Length) : 1);

    internal static SpecException EmptyFile(SpecFile file) =>
        At(file, 1, 1, "the spec file is empty", "start from the complete example in docs/spec-format.md");

    internal static SpecException YamlSyntax(SpecFile file, YamlException e)
    {
        // YamlDotNet's messages start with "(Line: 3, Col: 5, Idx: ...) - (...): "; keep the reason only.
        var reason = e.Message;
        var cut = reason.LastIndexOf("): ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            reason = reason[(cut + 3)..];
        }

        // YamlDotNet reports a tab where the scalar before it started, often a line or more above:
        // point at the tab itself.
        if (reason.Contains("tab character", StringComparison.OrdinalIgnoreCase) && FirstTab(file, (int)e.Start.Line) is var (line, column))
        {
            return At(file, line, column, "a tab character: YAML indents with spaces only", "replace the tab with spaces");
        }

        return At(file, (int)e.Start.Line, (int)e.Start.Column, $"YAML syntax error: {reason.TrimEnd('.')}", "check the indentation and the ':' after each key on this line and the one before");
    }

    /// <summary>The first tab at or after <paramref name="fromLine"/> (else anywhere), 1-based.</summary>
    private static (int Line, int Column)? FirstTab(SpecFile file, int fromLine)
    {
        var start = Math.Clamp(fromLine, 1, Math.Max(1, file.Lines.Count)) - 1;
        foreach (var index in Enumerable.Range(start, file.Lines.Count - start).Concat(Enumerable.Range(0, start)))
        {
            var column = file.Lines[index].IndexOf('\t', StringComparison.Ordinal);
            if (column >= 0)
            {
                return (index + 1, column + 1);
            }
        }

        return null;
    }

    internal static SpecException DuplicateKey(YamlScalar key, YamlScalar previous) =>
        At(key, $"duplicate key '{key.Value}' (first given at line {previous.Line})", "keep one of the two");

    internal static SpecException UnknownKey(YamlScalar key, IEnumerable<string> allowed, string where)
    {
        var candidates = allowed.ToList();
        var suggestion = Suggestions.Closest(key.Value, candidates);

        // {dist: normal(0, 4)} splits at the comma: YAML sees a key "4)".
        var hint = key.Value.Contains(')', StringComparison.Ordinal) && !key.Value.Contains('(', StringComparison.Ordinal)
            ? "a comma inside {...} ends the value: quote it (\"normal(0, 4)\") or write the mapping on separate lines"
            : "allowed here: " + string.Join(", ", candidates);
        return At(
            key,
            $"unknown key '{key.Value}' in {where}" + (suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)"),
            hint);
    }

    internal static SpecException MissingKey(YamlMapping mapping, string key, string where, string example) =>
        At(mapping, $"missing required key '{key}' in {where}", $"add it, for example: {example}");

    internal static SpecException WrongType(YamlNode node, string expected, string what) =>
        At(node, $"{what} must be {expected}, not {node.Describe()}");

    internal static SpecException BadValue(YamlNode node, string problem, string? hint = null) => At(node, problem, hint);
}
