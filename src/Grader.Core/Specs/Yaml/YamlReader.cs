using Grader.Values;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Grader.Specs.Yaml;

/// <summary>Reads one YAML document into a <see cref="YamlNode"/> tree, rejecting duplicate keys and anchors.</summary>
internal static class YamlReader
{
    public static YamlNode Read(SpecFile file)
    {
        CheckSyntax(file);
        var parser = new Parser(new StringReader(file.Text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                throw SpecError.EmptyFile(file);
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(file, parser);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                throw SpecError.At(file, parser.Current!.Start, "a spec file holds one YAML document; found a second one", "remove the '---' separator and what follows, or split it into its own file");
            }

            return root;
        }
        catch (YamlException e) when (e is not AnchorNotFoundException)
        {
            throw SpecError.YamlSyntax(file, e);
        }
    }

    /// <summary>
    /// Runs the whole event stream once first: YamlDotNet reports syntax errors (with their
    /// position) only while scanning, and the tree builder below would otherwise meet a stream
    /// that ended in an unexpected state.
    /// </summary>
    private static void CheckSyntax(SpecFile file)
    {
        var parser = new Parser(new StringReader(file.Text));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
            }
        }
        catch (YamlException e)
        {
            throw SpecError.YamlSyntax(file, e);
        }
        catch (InvalidOperationException)
        {
            throw SpecError.At(file, last, "YAML syntax error: the document ends in the middle of a value", "check for an unclosed '[', '{' or quote");
        }
    }

    private static YamlNode ReadNode(SpecFile file, IParser parser)
    {
        var start = parser.Current!.Start;
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            throw SpecError.At(file, alias.Start, $"aliases (*{alias.Value}) are not supported in specs", "write the value out in full");
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return new YamlScalar(file, (int)start.Line, (int)start.Column, scalar.Value, scalar.Style);
        }

        if (parser.TryConsume<SequenceStart>(out _))
        {
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(file, parser));
            }

            return new YamlSequence(file, (int)start.Line, (int)start.Column, items);
        }

        parser.Consume<MappingStart>();
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(file, parser);
            if (keyNode is not YamlScalar key)
            {
                throw SpecError.At(file, keyNode.Line, keyNode.Column, "a key must be a plain name, not " + keyNode.Describe(), null);
            }

            var previous = entries.FirstOrDefault(e => e.Key.Value == key.Value).Key;
            if (previous is not null)
            {
                throw SpecError.DuplicateKey(key, previous);
            }

            entries.Add(new(key, ReadNode(file, parser)));
        }

        return new YamlMapping(file, (int)start.Line, (int)start.Column, entries);
    }
}
