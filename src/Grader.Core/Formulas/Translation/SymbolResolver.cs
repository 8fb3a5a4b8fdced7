using Grader.Formulas.Latex;
using Grader.Reference.Shapes;
using Grader.Reference.Syntax;
using Grader.Specs;

namespace Grader.Formulas.Translation;

/// <summary>
/// Finds what a LaTeX symbol names in one problem, in this order: the problem's notation (as written,
/// then with a subscript letter read as a row index), a derivative of a function (<c>f'</c>), a model
/// name with a subscript (<c>W_1</c>), the symbol without its subscript (which is then a row index),
/// the built-in spellings, and the model's own names (<c>W^{(1)}</c> is W1, <c>\text{lam}</c> is lam).
/// </summary>
internal sealed class SymbolResolver(Notation notation, IReadOnlyDictionary<string, StaticType> names)
{
    private static readonly HashSet<string> Elementwise =
        ["relu", "sigmoid", "log_sigmoid", "tanh", "exp", "log", "abs", "sign", "softplus", "sqrt", "softmax", "log_softmax"];

    public Notation Notation => notation;

    public IReadOnlyDictionary<string, StaticType> Names => names;

    public static bool IsElementwiseFunction(string name) => Elementwise.Contains(name);

    /// <summary>Spellings and names a student may use here, for "did you mean" and hints.</summary>
    public IEnumerable<string> Known => notation.Entries.Select(e => e.Spelling).Concat(names.Keys);

    /// <exception cref="SpecException">the symbol names a function a formula may not use.</exception>
    public SymbolMeaning? Find(SymbolNode symbol, SourceText source)
    {
        if (notation.Find(Notation.Key(symbol, '\0')) is { } exact)
        {
            return new SymbolMeaning(exact.Meaning, exact.IsFunction, UsesSubscript: symbol.Subscript is not null);
        }

        foreach (var letter in Letters(symbol.Subscript))
        {
            if (notation.Find(Notation.Key(symbol, letter)) is { } indexed)
            {
                return new SymbolMeaning(indexed.Meaning, indexed.IsFunction, letter);
            }
        }

        if (symbol is { Base: "onehot", Tag: null, Primes: 0 } && names.ContainsKey("K"))
        {
            // \operatorname{onehot}_m(y), \text{onehot}(y_i): the classes are the problem's K, whatever the subscript calls them.
            var template = ExprBuild.Call("onehot", 0, 0, new NameExpr(0, 0, ExprRelocation.Placeholder), new NameExpr(0, 0, "K"));
            return new SymbolMeaning(template, true, UsesSubscript: symbol.Subscript is not null);
        }

        if (symbol.Primes > 0)
        {
            var function = Find(symbol with { Primes = 0 }, source);
            return function is { IsFunction: true, Expr: NameExpr { Name: var name } } && BuiltinNotation.Derivatives.TryGetValue(name, out var derivative)
                ? new SymbolMeaning(derivative, true)
                : null;
        }

        if (BuiltinNotation.Values.TryGetValue(symbol.Spelling, out var conventional) && names.ContainsKey(conventional))
        {
            return SymbolMeaning.Name(conventional) with { UsesSubscript = symbol.Subscript is not null };
        }

        if (symbol.Subscript is { } subscript)
        {
            if (symbol.Tag is null && ModelName(symbol, source) is { } withSubscript)
            {
                return withSubscript with { UsesSubscript = true };
            }

            if (subscript is [var row, var column] && char.IsAsciiLetter(row) && char.IsAsciiLetter(column) && row != column
                && Find(symbol with { Subscript = row.ToString() }, source) is { Index: not null, IsFunction: false } entry)
            {
                return entry with { Column = column }; // \Delta_{ik}, z^{(3)}_{ij}: entry k of row i
            }

            var inner = Find(symbol with { Subscript = null }, source);
            return inner is null || inner.IsFunction ? inner
                : subscript.Length == 1 && char.IsLetter(subscript[0]) ? inner with { Index = subscript[0] }
                : inner;
        }

        if (BuiltinNotation.Functions.TryGetValue(symbol.Base, out var builtin) && symbol.Tag is null)
        {
            return SymbolMeaning.Function(builtin);
        }

        return ModelName(symbol, source);
    }

    /// <summary>
    /// A symbol of one layer (<c>z^l</c>, <c>w^{l+1}</c>, <c>\delta^L</c>): its meaning with the layer
    /// <c>l</c> still to be replaced by the layer written. A student's per-layer definition is the list
    /// of its layers: δ^l is <c>delta[l - 1]</c>.
    /// </summary>
    public Expr? FindLayered(SymbolNode symbol)
    {
        if (notation.Layers is not { } layers || symbol is not { Tag: null, Primes: 0 })
        {
            return null;
        }

        if (symbol.Subscript is null && layers.Definitions.FirstOrDefault(d => d.Spelling == symbol.Base || d.Name == symbol.Base) is { } definition)
        {
            var layer = new NameExpr(0, 0, NotationLayers.Layer);
            return new IndexExpr(0, 0, new NameExpr(0, 0, definition.Name), ExprBuild.Binary("-", layer, ExprBuild.Number(1, 0, 0), 0));
        }

        return notation.Find(Notation.Key(symbol with { Tag = NotationLayers.Layer }, '\0')) is { IsFunction: false } entry ? entry.Meaning : null;
    }

    /// <summary>A product the notation names as a whole, such as <c>\hat{w}^T x_i</c>.</summary>
    public SymbolMeaning? FindPhrase(MathNode node, SourceText source)
    {
        if (!notation.HasPhrases)
        {
            return null;
        }

        var phrase = Notation.Phrase(source.Text.Substring(node.Offset, node.Length));
        if (notation.Find(phrase) is { } exact)
        {
            return new SymbolMeaning(exact.Meaning, false);
        }

        foreach (var letter in Letters(phrase))
        {
            if (notation.Find(Notation.MarkIndex(phrase, letter)) is { } indexed)
            {
                return new SymbolMeaning(indexed.Meaning, false, letter);
            }
        }

        return null;
    }

    /// <summary><c>W^{(1)}</c> and <c>W_1</c> are W1, <c>\text{lam}</c> is lam, <c>\operatorname{relu}</c> the function.</summary>
    private SymbolMeaning? ModelName(SymbolNode symbol, SourceText source)
    {
        var tag = symbol.Tag is ['(', .., ')'] ? symbol.Tag[1..^1] : symbol.Tag;
        var suffix = tag ?? (symbol.Subscript is { } s && s.All(char.IsAsciiDigit) ? s : null);
        if (symbol.Subscript is not null && tag is null && suffix is null)
        {
            return null;
        }

        var name = symbol.Base + suffix;
        if (!Dim.IsSymbol(name))
        {
            return null;
        }

        if (NumpyFormula.Forbidden.Contains(name))
        {
            throw FormulaError.ForbiddenFunction(source, symbol.Offset, symbol.Length, name);
        }

        return names.ContainsKey(name) ? SymbolMeaning.Name(name)
            : Elementwise.Contains(name) ? SymbolMeaning.Function(name)
            : name == "e" ? new SymbolMeaning(ExprBuild.Number(Math.E, 0, 0), false)
            : null;
    }

    /// <summary>The letters standing alone in a subscript, which may be row indices (<c>iy_i</c>: i and y).</summary>
    private static IEnumerable<char> Letters(string? subscript) =>
        subscript is null ? [] : subscript.Where(char.IsLetter).Distinct().Where(c => Notation.MarkIndex(subscript, c) != subscript);
}
