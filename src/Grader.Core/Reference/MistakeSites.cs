using Grader.Reference.Syntax;

namespace Grader.Reference;

/// <summary>The sites a mistake model can be made at one by one, and which loop iterations each keeps the mistake in.</summary>
public static class MistakeSites
{
    /// <summary>The sites of a mistake model: none unless a <c>detach</c> sits inside a loop.</summary>
    internal static IReadOnlyList<MistakeSite> Of(IReadOnlyList<Statement> statements) =>
        statements.OfType<ForLoop>().Any(loop => Detaches(loop.Body))
            ? [MistakeSite.LastIteration, MistakeSite.AllButLast, MistakeSite.FirstIteration]
            : [];

    /// <summary>Whether the mistake is kept in iteration <paramref name="index"/> of <paramref name="count"/> of the outermost loop.</summary>
    public static bool Keeps(MistakeSite site, int index, int count) => site switch
    {
        MistakeSite.LastIteration => index == count - 1,
        MistakeSite.AllButLast => index < count - 1,
        _ => index == 0,
    };

    private static bool Detaches(IReadOnlyList<Statement> statements) => statements.Any(statement => statement switch
    {
        Assignment assignment => Detaches(assignment.Value),
        ForLoop loop => Detaches(loop.Body),
        _ => false,
    });

    private static bool Detaches(Expr expr) => expr switch
    {
        CallExpr { Name: "detach" } => true,
        CallExpr call => call.Arguments.Any(Detaches),
        BinaryExpr binary => Detaches(binary.Left) || Detaches(binary.Right),
        NegateExpr negate => Detaches(negate.Operand),
        IndexExpr index => Detaches(index.Target) || Detaches(index.Index),
        TransposeExpr transpose => Detaches(transpose.Target),
        ListExpr list => list.Items.Any(Detaches),
        _ => false,
    };
}
