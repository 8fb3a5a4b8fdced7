using System.Globalization;
using Grader.Reference.Syntax;

namespace Grader.Formulas;

/// <summary>
/// Builds model-language nodes at positions of the formula a student wrote, so that the shape
/// checker's and the interpreter's errors point into the formula.
/// </summary>
internal static class ExprBuild
{
    public static BinaryExpr Binary(string op, Expr left, Expr right, int offset)
    {
        var kind = op switch
        {
            "+" => TokenKind.Plus,
            "-" => TokenKind.Minus,
            "*" => TokenKind.Star,
            "/" => TokenKind.Slash,
            "@" => TokenKind.At,
            _ => TokenKind.Caret,
        };
        return new BinaryExpr(new Token(kind, op, offset), left, right);
    }

    public static CallExpr Call(string name, int offset, int length, params Expr[] arguments) =>
        new(offset, length, new NameExpr(offset, length, name), arguments, []);

    public static CallExpr CallOnAxis(string name, int axis, int offset, int length, Expr argument) =>
        new(offset, length, new NameExpr(offset, length, name), [argument], [new KeywordArgument(new NameExpr(offset, length, "axis"), Number(axis, offset, length))]);

    public static NumberExpr Number(double value, int offset, int length) =>
        new(offset, length, value, value == Math.Floor(value) && Math.Abs(value) < 1e9 && !double.IsNaN(value));

    /// <summary>The transpose, undoing a transpose rather than stacking a second one.</summary>
    public static Expr Transpose(Expr expr) =>
        expr is TransposeExpr inner ? inner.Target : new TransposeExpr(expr.Offset, expr.Length, expr);

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
