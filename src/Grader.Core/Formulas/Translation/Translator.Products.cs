using Grader.Formulas.Latex;
using Grader.Reference.Shapes;
using Grader.Reference.Syntax;
using Grader.Specs;
using static Grader.Formulas.ExprBuild;

namespace Grader.Formulas.Translation;

internal sealed partial class Translator
{
    /// <summary>
    /// Juxtaposition and <c>\cdot</c>: a number scales; a matrix times a column vector, a row vector
    /// times a matrix and two matrices are matrix products; a row times a column is a number and a
    /// column times a row (per index) an outer product; two vectors standing the same way cannot be told apart.
    /// </summary>
    private Term Product(Term a, Term b, BinaryNode at)
    {
        if (a.IsOuter || b.IsOuter)
        {
            return ScaleOuter("*", a, b, at);
        }

        if (a.Shape is null || b.Shape is null)
        {
            throw FormulaError.UnknownShape(source, at.Offset, at.Length);
        }

        if (a.IsScalar || b.IsScalar)
        {
            return Elementwise("*", a, b, at);
        }

        var index = JoinIndex(a, b, at);
        var op = at.OperatorOffset;
        switch ((a.Shape.Count, b.Shape.Count, a.Orientation, b.Orientation))
        {
            case (2, 2, _, _) when index is null:
                Inner(a.Shape[1], b.Shape[0], a, b, at);
                return new Term(Binary("@", a.Expr, b.Expr, op), [a.Shape[0], b.Shape[1]], Orientation.Column, null, false);
            case (2, 1, _, Orientation.Column) when a.Index is null:
                Inner(a.Shape[1], b.Shape[0], a, b, at);
                var matVec = b.Index is null ? Binary("@", a.Expr, b.Expr, op) : Binary("@", b.Expr, ExprBuild.Transpose(a.Expr), op);
                return new Term(matVec, [a.Shape[0]], Orientation.Column, index, false);
            case (1, 2, Orientation.Row, _) when b.Index is null:
                Inner(a.Shape[0], b.Shape[0], a, b, at);
                return new Term(Binary("@", a.Expr, b.Expr, op), [b.Shape[1]], Orientation.Row, index, false);
            case (1, 1, Orientation.Entries, _) or (1, 1, _, Orientation.Entries):
                return Elementwise("*", a, b, at);
            case (1, 1, Orientation.Row, Orientation.Column):
                Inner(a.Shape[0], b.Shape[0], a, b, at);
                Expr dot = (a.Index, b.Index) switch
                {
                    (null, null) or (not null, null) => Binary("@", a.Expr, b.Expr, op),
                    (null, not null) => Binary("@", b.Expr, a.Expr, op),
                    _ => CallOnAxis("sum", 1, at.Offset, at.Length, Binary("*", a.Expr, b.Expr, op)),
                };
                return new Term(dot, [], Orientation.Column, index, false);
            case (1, 1, Orientation.Column, Orientation.Row) when a.Index is not null && b.Index is not null:
                return new Term(a.Expr, [a.Shape[0], b.Shape[0]], Orientation.Column, index, false, b.Expr);
            case (1, 1, Orientation.Column, Orientation.Row):
                throw FormulaError.Unsupported(source, at.Offset, at.Length, "an outer product of vectors that do not depend on the row index", "write it as a sum over the rows, or in the numpy-like syntax");
            case (1, 1, _, _):
                throw FormulaError.AmbiguousProduct(source, at.Offset, at.Length, a.Describe(), b.Describe());
            default:
                throw FormulaError.ProductShapes(source, at.Offset, at.Length, a.Describe(), b.Describe());
        }
    }

    /// <summary>
    /// +, −, ⊙ and ÷, entry by entry. Per-row terms are stacked along the first axis, so a per-row number
    /// meets a per-row vector in the transposed layout, where numpy's broadcasting lines them up.
    /// </summary>
    private Term Elementwise(string op, Term a, Term b, BinaryNode at)
    {
        if (a.IsOuter || b.IsOuter)
        {
            return ScaleOuter(op, a, b, at);
        }

        var index = JoinIndex(a, b, at);
        var position = at.OperatorOffset;
        var isInteger = a.IsInteger && b.IsInteger && op != "/";
        if (a.Shape is null || b.Shape is null)
        {
            return new Term(Binary(op, a.Expr, b.Expr, position), null, a.Orientation, index, isInteger);
        }

        var (ra, rb) = (a.Shape.Count, b.Shape.Count);
        if (ra == rb)
        {
            foreach (var (x, y) in a.Shape.Zip(b.Shape))
            {
                if (x.Conflicts(y))
                {
                    throw FormulaError.ElementwiseShapes(source, at.Offset, at.Length, a.Describe(), b.Describe());
                }
            }
        }

        Expr expr;
        var (aRows, bRows) = (a.Index is not null, b.Index is not null);
        if (ra == rb || (!aRows && !bRows) || (aRows != bRows && (aRows ? rb : ra) == 0))
        {
            expr = Binary(op, a.Expr, b.Expr, position);
        }
        else if (aRows && bRows && ra + rb == 1)
        {
            expr = ra == 0
                ? ExprBuild.Transpose(Binary(op, a.Expr, ExprBuild.Transpose(b.Expr), position))
                : ExprBuild.Transpose(Binary(op, ExprBuild.Transpose(a.Expr), b.Expr, position));
        }
        else if (aRows != bRows && (aRows ? ra : rb) == 0 && op == "*")
        {
            return aRows ? ScaleRows(a, b, false, at) : ScaleRows(b, a, false, at);
        }
        else if (aRows != bRows && op == "/" && bRows && rb == 0)
        {
            return ScaleRows(b, a, true, at);
        }
        else if (aRows != bRows && (aRows ? ra : rb) == 0)
        {
            throw FormulaError.Unsupported(source, at.Offset, at.Length, $"{a.Describe()} combined with {b.Describe()}", "sum over the index first, or write the vector per row too");
        }
        else
        {
            throw FormulaError.ElementwiseShapes(source, at.Offset, at.Length, a.Describe(), b.Describe());
        }

        var wider = ra >= rb ? a : b;
        return new Term(expr, wider.Shape, wider.Orientation, index, isInteger);
    }

    /// <summary>An outer product <c>u_i v_i^T</c> times or divided by a number: the number goes into u.</summary>
    private Term ScaleOuter(string op, Term a, Term b, BinaryNode at)
    {
        var (outer, scale) = a.IsOuter ? (a, b) : (b, a);
        if (op is not ("*" or "/") || !scale.IsScalar || scale.IsOuter || (op == "/" && !a.IsOuter))
        {
            throw FormulaError.Unsupported(source, at.Offset, at.Length, $"{a.Describe()} combined with {b.Describe()} while a matrix per row index is open", "sum the outer product over its index first");
        }

        var index = JoinIndex(a, b, at);
        var left = scale.Index is null
            ? Binary(op, outer.Expr, scale.Expr, at.OperatorOffset)
            : ExprBuild.Transpose(Binary(op, ExprBuild.Transpose(outer.Expr), scale.Expr, at.OperatorOffset));
        return outer with { Expr = left, Index = index };
    }

    private void Inner(Dim left, Dim right, Term a, Term b, BinaryNode at)
    {
        if (left.Conflicts(right))
        {
            throw FormulaError.ProductShapes(source, at.Offset, at.Length, a.Describe(), b.Describe());
        }
    }

    private RowIndex? JoinIndex(Term a, Term b, MathNode at)
    {
        if (a.Index is not { } first)
        {
            return b.Index;
        }

        if (b.Index is not { } second)
        {
            return first;
        }

        if (first.Letter != second.Letter)
        {
            throw FormulaError.TwoIndices(source, at.Offset, at.Length, first.Letter, second.Letter);
        }

        if (first.Rows.Conflicts(second.Rows))
        {
            throw FormulaError.IndexRows(source, at.Offset, at.Length, first.Letter, first.Rows.ToString(), second.Rows.ToString());
        }

        return first.Rows.IsUnknown ? second : first;
    }
}
