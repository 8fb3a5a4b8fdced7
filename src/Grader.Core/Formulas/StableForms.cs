using Grader.Reference.Syntax;

namespace Grader.Formulas;

/// <summary>
/// A formula is mathematics, not code: a softmax or a log-sum-exp written out with <c>\exp</c>
/// (<c>\frac{\exp(z_{y})}{\sum_j \exp(z_j)}</c>, <c>\log \sum_j \exp(z_j)</c>) is evaluated in its stable
/// form, so a right formula is not marked wrong on a case whose logits overflow <c>exp</c> (softmax-ce's
/// large-logit cases). Each rewrite is an identity; what the student is shown as read stays as read.
/// </summary>
internal static class StableForms
{
    public static Expr Of(Expr expr) => ExprTree.Map(expr, Rewrite);

    private static Expr Rewrite(Expr expr) => expr switch
    {
        // log Σ exp(E) = logsumexp(E)
        CallExpr { Name: "log", Arguments: [CallExpr { Name: "sum", Arguments: [CallExpr { Name: "exp", Arguments: [var e] }] } sum] } log
            => Call(log, "logsumexp", e, sum.Keywords),
        // exp(E) / Σ exp(E) = softmax(E); pick(exp(E), y) / Σ exp(E) = pick(softmax(E), y)
        BinaryExpr { Symbol: "/", Left: CallExpr { Name: "exp", Arguments: [var e] }, Right: CallExpr { Name: "sum", Arguments: [CallExpr { Name: "exp", Arguments: [var f] }] } sum } q
            when Same(e, f) => Call(q, "softmax", e, sum.Keywords),
        BinaryExpr { Symbol: "/", Left: CallExpr { Name: "pick", Arguments: [CallExpr { Name: "exp", Arguments: [var e] }, var y] } pick, Right: CallExpr { Name: "sum", Arguments: [CallExpr { Name: "exp", Arguments: [var f] }] } sum } q
            when Same(e, f) => new CallExpr(q.Offset, q.Length, pick.Function, [Call(q, "softmax", e, sum.Keywords), y], []),
        // log softmax(E) = log_softmax(E), also of one picked entry
        CallExpr { Name: "log", Arguments: [CallExpr { Name: "softmax" } softmax] } log => Call(log, "log_softmax", softmax.Arguments[0], softmax.Keywords),
        CallExpr { Name: "log", Arguments: [CallExpr { Name: "pick", Arguments: [CallExpr { Name: "softmax" } softmax, var y] } pick] } log
            => new CallExpr(log.Offset, log.Length, pick.Function, [Call(log, "log_softmax", softmax.Arguments[0], softmax.Keywords), y], []),
        _ => expr,
    };

    private static CallExpr Call(Expr at, string name, Expr argument, IReadOnlyList<KeywordArgument> keywords) =>
        new(at.Offset, at.Length, new NameExpr(at.Offset, at.Length, name), [argument], keywords);

    /// <summary>The same expression wherever it was written.</summary>
    private static bool Same(Expr a, Expr b) => ExprPrinter.Print(a) == ExprPrinter.Print(b);
}
