using System.Text;
using Grader.Reference.Syntax;

namespace Grader.Formulas;

/// <summary>
/// Writes a tree back in the model language, with only the brackets precedence needs: how Grader
/// read a formula, shown beside what the student wrote so that a misreading is visible.
/// </summary>
internal static class ExprPrinter
{
    public static string Print(Expr expr)
    {
        var builder = new StringBuilder();
        Write(builder, expr, 0);
        return builder.ToString();
    }

    private static int Precedence(Expr expr) => expr switch
    {
        BinaryExpr { Symbol: "+" or "-" } => 1,
        BinaryExpr { Symbol: "^" } => 4,
        BinaryExpr => 2,
        NegateExpr => 3,
        _ => 5,
    };

    private static void Write(StringBuilder builder, Expr expr, int context)
    {
        var precedence = Precedence(expr);
        var bracket = precedence < context;
        if (bracket)
        {
            builder.Append('(');
        }

        switch (expr)
        {
            case NumberExpr n:
                builder.Append(n.IsInteger ? ((long)n.Value).ToString(System.Globalization.CultureInfo.InvariantCulture) : ExprBuild.Format(n.Value));
                break;
            case NameExpr n:
                builder.Append(n.Name);
                break;
            case NegateExpr n:
                builder.Append('-');
                Write(builder, n.Operand, 3);
                break;
            case BinaryExpr b:
                // Left-associative operators bracket a right operand of the same level; ^ is right-associative.
                Write(builder, b.Left, b.Symbol == "^" ? precedence + 1 : precedence);
                builder.Append(b.Symbol == "^" ? "^" : $" {b.Symbol} ");
                Write(builder, b.Right, b.Symbol == "^" ? precedence : precedence + 1);
                break;
            case CallExpr c:
                builder.Append(c.Name).Append('(');
                builder.AppendJoin(", ", c.Arguments.Select(Print).Concat(c.Keywords.Select(k => $"{k.Keyword.Name}={Print(k.Value)}")));
                builder.Append(')');
                break;
            case TransposeExpr t:
                Write(builder, t.Target, 5);
                builder.Append(".T");
                break;
            case IndexExpr i:
                Write(builder, i.Target, 5);
                builder.Append('[').Append(Print(i.Index)).Append(']');
                break;
            case ListExpr l:
                builder.Append('[').AppendJoin(", ", l.Items.Select(Print)).Append(']');
                break;
            case SliceExpr s:
                Write(builder, s.Target, 5);
                builder.Append('[').Append(s.Start is null ? string.Empty : Print(s.Start)).Append(':')
                    .Append(s.Stop is null ? string.Empty : Print(s.Stop)).Append(']');
                break;
        }

        if (bracket)
        {
            builder.Append(')');
        }
    }
}
