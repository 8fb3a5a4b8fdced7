using System.Globalization;
using Grader.Values;
using YamlDotNet.Core;

namespace Grader.Specs.Yaml;

internal sealed class YamlScalar(SpecFile file, int line, int column, string value, ScalarStyle style)
    : YamlNode(file, line, column)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;

    public bool IsPlain => Style == ScalarStyle.Plain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public bool TryNumber(out double number)
    {
        number = 0;
        if (!IsPlain)
        {
            return false;
        }

        switch (Value)
        {
            case ".nan" or ".NaN" or ".NAN":
                number = double.NaN;
                return true;
            case ".inf" or "+.inf" or ".Inf" or "+.Inf":
                number = double.PositiveInfinity;
                return true;
            case "-.inf" or "-.Inf":
                number = double.NegativeInfinity;
                return true;
        }

        return double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>
    /// The scalar as a <see cref="SourceText"/> whose offsets map to this file: block scalars
    /// (<c>|</c>, <c>&gt;</c>) start on the next line at the block's indentation.
    /// </summary>
    public SourceText ToSourceText()
    {
        if (Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            var origins = new List<(int, int)>();
            var textLines = Value.Split('\n');
            var fileLine = Line + 1;
            for (var i = 0; i < textLines.Length; i++)
            {
                // Skip blank file lines that YAML folds away before the first content line.
                while (i == 0 && fileLine <= File.Lines.Count && string.IsNullOrWhiteSpace(File.Lines[fileLine - 1]) && textLines[0].Length > 0)
                {
                    fileLine++;
                }

                var raw = fileLine <= File.Lines.Count ? File.Lines[fileLine - 1] : string.Empty;
                var indent = raw.Length - raw.TrimStart(' ').Length;
                var contentIndent = textLines[i].Length - textLines[i].TrimStart(' ').Length;
                origins.Add((fileLine, Math.Max(1, indent - contentIndent + 1)));
                fileLine++;
            }

            return new SourceText(Value, File.Path, origins, File.Lines);
        }

        var quoted = Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        return new SourceText(Value, File.Path, [(Line, Column + quoted)], File.Lines);
    }

    public override string Describe() => IsNull ? "nothing" : $"'{Value}'";
}
