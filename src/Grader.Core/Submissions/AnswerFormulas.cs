using System.Globalization;
using Grader.Formulas;
using Grader.Specs;
using YamlScalar = Grader.Specs.Yaml.YamlScalar;
using YamlDotNet.RepresentationModel;

namespace Grader.Submissions;

/// <summary>
/// Finds the formulas in one problem's answer of <c>answers.yaml</c>: an output whose value is text
/// rather than numbers (<c>dZ: (softmax(Z, axis=1) - onehot(y, K)) / N</c>), or the whole answer when
/// the problem has one output; and the per-layer definitions a problem with layers lets its formulas
/// use (<c>\delta^L</c>, <c>\delta^l</c>). Numbers, lists of numbers and everything else stay as they are.
/// </summary>
internal static class AnswerFormulas
{
    public static IReadOnlyList<FormulaAnswer> Find(YamlNode answer, ProblemContract problem, SpecFile file)
    {
        var formulas = new List<FormulaAnswer>();
        if (answer is YamlScalarNode whole && problem.Outputs is [{ IsList: false } only])
        {
            Add(formulas, only.Name, whole, file);
        }
        else if (answer is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
            {
                if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode scalar
                    && (problem.Outputs.Any(o => o.Name == name) || NotationLayers.Key(name, problem.Definitions) is not null))
                {
                    Add(formulas, name, scalar, file);
                }
            }
        }

        return formulas;
    }

    private static void Add(List<FormulaAnswer> formulas, string output, YamlScalarNode scalar, SpecFile file)
    {
        var text = scalar.Value ?? string.Empty;
        if (!IsFormula(scalar, text))
        {
            return;
        }

        var located = new YamlScalar(file, (int)scalar.Start.Line, (int)scalar.Start.Column, text, scalar.Style).ToSourceText();
        formulas.Add(new FormulaAnswer(output, located, IsLatex(text)));
    }

    /// <summary>Text that is not a number, nan, inf or nothing.</summary>
    private static bool IsFormula(YamlScalarNode scalar, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && trimmed is "~" or "null" or "Null" or "NULL"))
        {
            return false;
        }

        return !double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            && trimmed.ToLowerInvariant() is not (".nan" or "nan" or ".inf" or "inf" or "+.inf" or "-.inf" or "-inf");
    }

    private static bool IsLatex(string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith('$') || trimmed.StartsWith(@"\(", StringComparison.Ordinal)
            || trimmed.StartsWith(@"\[", StringComparison.Ordinal) || trimmed.Contains('\\', StringComparison.Ordinal);
    }
}
