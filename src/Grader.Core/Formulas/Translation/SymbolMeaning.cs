using Grader.Reference.Syntax;

namespace Grader.Formulas.Translation;

/// <summary>
/// What a symbol names: a value (model language, positioned in the spec where it was written) or a
/// function (a name, or a template with <c>_</c> for its argument). <see cref="Index"/> is the row
/// index its subscript carries; <see cref="UsesSubscript"/> says the subscript was part of the name
/// (<c>\lambda_1</c>, <c>W_2</c>), so it is not a row index.
/// </summary>
/// <param name="Column">The second letter of a two-letter subscript (<c>\Delta_{ik}</c>): an entry of the row.</param>
internal sealed record SymbolMeaning(Expr Expr, bool IsFunction, char? Index = null, bool UsesSubscript = false, char? Column = null)
{
    public string Describe() => ExprPrinter.Print(Expr);

    public static SymbolMeaning Name(string name) => new(new NameExpr(0, 0, name), false);

    public static SymbolMeaning Function(string name) => new(new NameExpr(0, 0, name), true);
}
