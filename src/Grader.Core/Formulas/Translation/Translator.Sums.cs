using Grader.Formulas.Latex;
using Grader.Reference.Shapes;
using Grader.Reference.Syntax;
using Grader.Specs;
using static Grader.Formulas.ExprBuild;

namespace Grader.Formulas.Translation;

internal sealed partial class Translator
{
    /// <summary>
    /// A sum over a row index, in closed form: a per-row number sums to <c>sum(v)</c>, a per-row vector
    /// to <c>sum(V, axis=0)</c>, an outer product <c>u_i v_i^T</c> to <c>U.T @ V</c>. Nothing loops, so a
    /// formula costs what its arrays cost.
    /// </summary>
    private Term Sum(SumNode node)
    {
        var body = Translate(node.Body);
        var header = (node.Offset, node.HeaderLength);
        if (body is { RowScale: { } scale, FixedBody: true })
        {
            // Σ_i s_i v = (Σ_i s_i) v
            var total = Call("sum", node.Offset, node.HeaderLength, scale);
            return body with { Expr = Binary("*", total, body.Expr, node.Offset), RowScale = null, FixedBody = false, Index = null };
        }

        body = Materialize(body, node.Body);
        if (body.Column is { } column && column.Letter.ToString() == node.Index)
        {
            // Σ_k over the entries of each row: one number per row (or one number).
            CheckLower(node, column.Rows);
            CheckUpper(node, column.Rows);
            var rows = body.Index is null
                ? Call("sum", node.Offset, node.HeaderLength, body.Expr)
                : CallOnAxis("sum", 1, node.Offset, node.HeaderLength, body.Expr);
            return body with { Expr = rows, Shape = [], Column = null, Orientation = resolver.Notation.Vectors };
        }

        if (body.Index is not { } index)
        {
            if (node.Upper is null)
            {
                throw FormulaError.SumUnused(source, header.Offset, header.HeaderLength, node.Index);
            }

            CheckLower(node, Dim.Unknown);
            var count = Translate(node.Upper);
            return body with { Expr = Binary("*", count.Expr, body.Expr, node.Offset) };
        }

        if (index.Letter.ToString() != node.Index)
        {
            throw FormulaError.TwoIndices(source, node.Offset, node.Length, node.Index[0], index.Letter);
        }

        CheckLower(node, index.Rows);
        CheckUpper(node, index.Rows);
        if (body.IsOuter)
        {
            var outer = Binary("@", ExprBuild.Transpose(body.Expr), body.OuterRight!, node.Offset);
            return new Term(outer, body.Shape, Orientation.Column, null, false);
        }

        var sum = body.Rank == 0
            ? Call("sum", node.Offset, node.HeaderLength, body.Expr)
            : CallOnAxis("sum", 0, node.Offset, node.HeaderLength, body.Expr);
        return body with { Expr = sum, Index = null };
    }

    /// <summary>From 1, or from 0 to one less than the rows (<c>\sum_{i=0}^{N-1}</c>).</summary>
    private void CheckLower(SumNode node, Dim rows)
    {
        if (node.Lower is not (null or NumberNode { Value: 1 }) && !FromZero(node))
        {
            throw FormulaError.SumBounds(source, node.Offset, node.HeaderLength, node.Index, rows.IsUnknown ? "N" : rows.ToString());
        }
    }

    private static bool FromZero(SumNode node) =>
        node.Lower is NumberNode { Value: 0 } && node.Upper is BinaryNode { Operator: MathOperator.Subtract, Right: NumberNode { Value: 1 } };

    /// <summary>The upper bound, when written, must be the number of rows: the dimension's symbol or its size.</summary>
    private void CheckUpper(SumNode node, Dim rows)
    {
        if (node.Upper is null || rows.IsUnknown)
        {
            return;
        }

        var upper = Translate(FromZero(node) ? ((BinaryNode)node.Upper).Left : node.Upper).Expr;
        var fits = upper switch
        {
            NameExpr name => name.Name == rows.Symbol,
            NumberExpr number => number.Value == rows.Size,
            _ => false,
        };
        if (!fits)
        {
            throw FormulaError.SumBounds(source, node.Offset, node.HeaderLength, node.Index, rows.ToString());
        }
    }
}
