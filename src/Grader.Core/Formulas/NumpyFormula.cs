using Grader.Reference.Syntax;
using Grader.Specs;

namespace Grader.Formulas;

/// <summary>
/// A formula in the numpy-like syntax, which is the model language itself: parsed by its own
/// parser, after bounds that keep that recursive parser (and everything that walks its tree) safe
/// on student text.
/// </summary>
internal static class NumpyFormula
{
    /// <summary>Functions that are the engine's own answer, not part of a student's formula.</summary>
    public static readonly IReadOnlySet<string> Forbidden = new HashSet<string>(StringComparer.Ordinal) { "grad", "detach" };

    /// <exception cref="SpecException">too long, too deep, a syntax error, or grad/detach, located in the formula.</exception>
    public static Expr Parse(SourceText source)
    {
        if (source.Text.Length > FormulaLimits.MaxLength)
        {
            throw FormulaError.TooLong(source, source.Text.Length);
        }

        CheckNesting(source, Lexer.Tokenize(source));
        var expr = Parser.ParseExpression(source);
        CheckTree(expr, source);
        return expr;
    }

    /// <summary>Depth, grad/detach, and onehot's size (a literal could ask for a huge array): for a parsed or a translated formula.</summary>
    public static void CheckTree(Expr expr, SourceText source)
    {
        if (ExprTree.TooDeep(expr, FormulaLimits.MaxTreeDepth * 4) is { } deep)
        {
            throw FormulaError.TreeTooDeep(source, deep.Offset, deep.Length);
        }

        foreach (var call in ExprTree.Calls(expr))
        {
            if (Forbidden.Contains(call.Name))
            {
                throw FormulaError.ForbiddenFunction(source, call.Function.Offset, call.Function.Length, call.Name);
            }

            if (call is { Name: "onehot", Arguments: [_, var size] } && size is not NameExpr)
            {
                throw FormulaError.OnehotSize(source, size.Offset, size.Length);
            }
        }
    }

    /// <summary>
    /// The parser recurses once per bracket, once per unary sign and once per <c>^</c>; all three are
    /// counted on the tokens, which the lexer produces without recursion.
    /// </summary>
    private static void CheckNesting(SourceText source, IReadOnlyList<Token> tokens)
    {
        var depth = 0;
        var powers = 0;
        var signs = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            var previous = k == 0 ? TokenKind.Newline : tokens[k - 1].Kind;
            var unary = token.Kind is TokenKind.Plus or TokenKind.Minus
                && previous is not (TokenKind.Name or TokenKind.Number or TokenKind.RightParen or TokenKind.RightBracket);
            signs = unary ? signs + 1 : 0;
            depth += token.Kind switch
            {
                TokenKind.LeftParen or TokenKind.LeftBracket => 1,
                TokenKind.RightParen or TokenKind.RightBracket => -1,
                _ => 0,
            };
            powers += token.Kind == TokenKind.Caret ? 1 : 0;
            if (depth > FormulaLimits.MaxNesting || powers > FormulaLimits.MaxNesting || signs > FormulaLimits.MaxNesting)
            {
                throw FormulaError.TooDeep(source, token.Offset, token.Length);
            }
        }
    }
}
