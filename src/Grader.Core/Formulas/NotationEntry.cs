using Grader.Formulas.Translation;
using Grader.Reference.Syntax;
using Grader.Specs;

namespace Grader.Formulas;

/// <summary>
/// One line of a spec's <c>notation:</c> table. <see cref="Key"/> is the LaTeX spelling in canonical
/// form, with a row index letter <c>i</c> in its subscript written as <c>•</c> (so <c>\Delta_i</c> also
/// matches <c>\Delta_k</c>). <see cref="Meaning"/> is model language: a value (<c>W1</c>,
/// <c>onehot(y, K)</c>), a function name (<c>softmax</c>), or a template whose argument is <c>_</c>
/// (<c>sign(relu(_))</c>).
/// </summary>
internal sealed record NotationEntry(string Key, string Spelling, Expr Meaning, SourceText MeaningSource)
{
    public bool IsFunction => Meaning is NameExpr { Name: var name } && SymbolResolver.IsElementwiseFunction(name) || IsTemplate;

    public bool IsTemplate => ExprTree.Calls(Meaning).Any(c => c.Arguments.Any(IsPlaceholder)) || IsPlaceholder(Meaning);

    /// <summary>What the symbol means, for hints: <c>softmax</c>, <c>onehot(y, K)</c>.</summary>
    public string Describe() => ExprPrinter.Print(Meaning);

    private static bool IsPlaceholder(Expr expr) => expr is NameExpr { Name: ExprRelocation.Placeholder };
}
