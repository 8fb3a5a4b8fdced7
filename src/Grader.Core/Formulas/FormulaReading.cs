using Grader.Reference.Shapes;
using Grader.Reference.Syntax;
using Grader.Specs;

namespace Grader.Formulas;

/// <summary>
/// A formula as Grader read it: the model-language tree (positions in <see cref="Source"/>, the text
/// the student wrote), its static type, and for a per-row formula (<c>\frac{1}{N}(\psi(z^{(3)}_i) - \Delta_i)</c>)
/// the row index it was written in; its tree is then the stacked batch form.
/// </summary>
internal sealed record FormulaReading(SourceText Source, Expr Expression, StaticType Type, char? RowIndex)
{
    /// <summary>What is evaluated: the reading with softmax and log-sum-exp written out put in their stable forms.</summary>
    public Expr Evaluated { get; } = StableForms.Of(Expression);

    /// <summary>The reading in the numpy-like syntax, to show beside what the student wrote.</summary>
    public string ReadAs => ExprPrinter.Print(Expression);
}
