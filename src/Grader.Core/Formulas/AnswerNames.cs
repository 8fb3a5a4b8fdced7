using Grader.Reference.Shapes;
using Grader.Reference.Syntax;
using Grader.Specs;

namespace Grader.Formulas;

/// <summary>
/// Names a formula may not use because they are an answer: an output defined as a bare model value
/// (softmax-ce's <c>loss: J</c>) would otherwise be answered by writing <c>J</c>. Inputs stay
/// nameable, even where an output shares an input's name (toy-network's <c>W1</c> is both).
/// </summary>
internal static class AnswerNames
{
    public static IReadOnlySet<string> Of(ProblemSpec spec)
    {
        var inputs = spec.Inputs.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        return spec.Outputs
            .Select(o => o.Expression.Text.Trim())
            .Where(text => Dim.IsSymbol(text) && !inputs.Contains(text))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <exception cref="SpecException">the formula names one of <paramref name="answers"/>, located there.</exception>
    public static FormulaReading Check(FormulaReading reading, IReadOnlySet<string> answers)
    {
        if (answers.Count == 0)
        {
            return reading;
        }

        if (ExprTree.Nodes(reading.Expression).OfType<NameExpr>().FirstOrDefault(n => answers.Contains(n.Name)) is { } named)
        {
            throw FormulaError.NamesAnAnswer(reading.Source, named.Offset, Math.Max(1, named.Length), named.Name);
        }

        return reading;
    }
}
