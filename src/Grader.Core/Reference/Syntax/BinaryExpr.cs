namespace Grader.Reference.Syntax;

/// <summary>A binary operator; errors point at <see cref="Operator"/>.</summary>
internal sealed record BinaryExpr(Token Operator, Expr Left, Expr Right) : Expr(Left.Offset, Right.End - Left.Offset)
{
    /// <summary>The operator as written, with <c>**</c> normalised to <c>^</c>.</summary>
    public string Symbol => Operator.Kind == TokenKind.Caret ? "^" : Operator.Text;
}
