using System.Globalization;
using Grader.Reference.Shapes;
using Grader.Reference.Syntax;
using Grader.Specs;

namespace Grader.Formulas.Translation;

/// <summary>
/// A translated piece of a formula. Without an <see cref="Index"/>, <see cref="Expr"/> is the value.
/// With one, the piece is written per row (per example) and <see cref="Expr"/> stacks those rows:
/// row i of it is the value for index i, and <see cref="Shape"/> is the shape of one row. An outer
/// product <c>u_i v_i^T</c> has no stacked form in the model language, so it stays as its two factors
/// (<see cref="Expr"/> the stacked u, <see cref="OuterRight"/> the stacked v) until a sum over i
/// makes it <c>U.T @ V</c>. Likewise a number per row times a fixed vector (<c>(y_k - t_k) w^{(2)}</c>):
/// <see cref="RowScale"/> holds the stacked numbers and <see cref="Expr"/> the vector
/// (<see cref="FixedBody"/>) until a product with a per-row vector or a sum gives it a stacked form.
/// With a <see cref="Column"/> (<c>\Delta_{ik}</c>, <c>\psi(z_i)_k</c>) the piece is one entry k of each row:
/// <see cref="Expr"/> is still the whole row (entry by entry), until a sum over k adds the row up.
/// </summary>
internal sealed record Term(
    Expr Expr,
    IReadOnlyList<Dim>? Shape,
    Orientation Orientation,
    RowIndex? Index,
    bool IsInteger,
    Expr? OuterRight = null,
    Expr? RowScale = null,
    bool FixedBody = false,
    RowIndex? Column = null)
{
    public int? Rank => Shape?.Count;

    public bool IsOuter => OuterRight is not null;

    public bool IsScalar => Shape is { Count: 0 };

    /// <summary>The shape of one row as mathematics reads it: "a scalar", "a column vector of length K", "a (K, H) matrix".</summary>
    public string Describe()
    {
        var per = Shape switch
        {
            null => "a value of unknown shape",
            { Count: 0 } => "a scalar",
            { Count: 1 } => Orientation switch
            {
                Orientation.Column => $"a column vector of length {Shape[0]}",
                Orientation.Row => $"a row vector of length {Shape[0]}",
                _ => $"a vector of length {Shape[0]}",
            },
            _ => "a (" + string.Join(", ", Shape.Select(d => d.ToString())) + ") matrix",
        };
        if (Column is { } column)
        {
            per = Index is { } row ? $"an entry for each {row.Letter} and {column.Letter}" : $"an entry for each {column.Letter}";
            return per;
        }

        return Index is { } index ? string.Create(CultureInfo.InvariantCulture, $"{per} for each {index.Letter}") : per;
    }

    public static Term Scalar(Expr expr, bool isInteger = false) => new(expr, [], Orientation.Column, null, isInteger);
}
