using Grader.Formulas.Latex;
using Grader.Reference.Syntax;
using static Grader.Formulas.ExprBuild;

namespace Grader.Formulas.Translation;

internal sealed partial class Translator
{
    private Term TranslateValue(MathNode node) => Materialize(Translate(node), node);

    /// <summary>
    /// A product, elementwise product or quotient where a factor carries a per-row number: numbers
    /// commute with these, so the product is taken without it and the number rides along.
    /// </summary>
    private Term Linear(Func<Term, Term, Term> operation, Term a, Term b, BinaryNode at, bool divide)
    {
        if (divide)
        {
            b = Materialize(b, at.Right);
        }

        if (a.RowScale is null && b.RowScale is null)
        {
            return operation(a, b);
        }

        var (bodyA, scaleA) = Split(a);
        var (bodyB, scaleB) = Split(b);
        var result = operation(bodyA, bodyB);
        var scale = scaleA is null ? scaleB : scaleB is null ? scaleA : Binary("*", scaleA, scaleB, at.OperatorOffset);
        var index = JoinIndex(a, b, at);
        if (result.IsOuter)
        {
            var left = ExprBuild.Transpose(Binary("*", ExprBuild.Transpose(result.Expr), scale!, at.OperatorOffset));
            return result with { Expr = left, Index = index };
        }

        return result with { RowScale = scale, FixedBody = result.Index is null, Index = index };
    }

    /// <summary>A per-row number times a fixed vector or matrix, kept apart until it can be stacked.</summary>
    private static Term ScaleRows(Term rowNumber, Term body, bool reciprocal, BinaryNode at)
    {
        var scale = reciprocal ? Binary("/", Number(1, at.OperatorOffset, at.OperatorLength), rowNumber.Expr, at.OperatorOffset) : rowNumber.Expr;
        return body with { Index = rowNumber.Index, RowScale = scale, FixedBody = true, IsInteger = false };
    }

    private Term Materialize(Term term, MathNode at)
    {
        if (term.RowScale is not { } scale)
        {
            return term;
        }

        if (term.FixedBody)
        {
            throw FormulaError.Unsupported(
                source,
                at.Offset,
                at.Length,
                $"{term.Describe()} scaled by a number for each {term.Index!.Value.Letter} on its own",
                "sum it over the index, or multiply it with a vector that depends on the index first");
        }

        var expr = term.Rank == 0
            ? Binary("*", scale, term.Expr, at.Offset)
            : ExprBuild.Transpose(Binary("*", scale, ExprBuild.Transpose(term.Expr), at.Offset));
        return term with { Expr = expr, RowScale = null };
    }

    private static (Term Body, Expr? Scale) Split(Term term) => term.RowScale is null
        ? (term, null)
        : (term with { RowScale = null, FixedBody = false, Index = term.FixedBody ? null : term.Index }, term.RowScale);
}
