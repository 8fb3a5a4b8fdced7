using Grader.Formulas.Latex;
using Grader.Reference.Syntax;
using Grader.Specs;

namespace Grader.Formulas;

/// <summary>
/// A problem whose list outputs are answered layer by layer: <c>l</c> runs from 1 to <c>L</c> (the
/// count), and each of <see cref="Definitions"/> is a per-layer quantity the student defines by a
/// recurrence from the last layer down (<c>δ^L</c>, then <c>δ^l</c> from <c>δ^{l+1}</c>).
/// </summary>
internal sealed record NotationLayers(Expr Count, SourceText CountSource, IReadOnlyList<LayerDefinition> Definitions)
{
    /// <summary>The current layer, 1 … L, in both syntaxes.</summary>
    public const string Layer = "l";

    /// <summary>The number of layers.</summary>
    public const string Last = "L";

    /// <exception cref="SpecException">a count or a shaped-like input that does not parse, or a spelling that is not one LaTeX symbol.</exception>
    public static NotationLayers Of(LayersSpec spec) => new(
        NumpyFormula.Parse(spec.Count),
        spec.Count,
        [.. spec.Definitions.Select(d => LayerDefinition.Of(d.Spelling, d.ShapedLike))]);

    /// <summary>The definition a written key names (<c>\delta^L</c>, <c>delta^{l}</c>), and whether it is the last layer's formula.</summary>
    public (LayerDefinition Definition, bool IsLast)? Key(string key) =>
        Key(key, Definitions.Select(d => d.Spelling)) is { } found ? (Definitions.First(d => d.Spelling == found.Spelling), found.IsLast) : null;

    /// <summary>As the other overload, over the spellings a spec gives (<c>\delta</c>; the numpy-like name is without the backslash).</summary>
    public static (string Spelling, bool IsLast)? Key(string key, IEnumerable<string> spellings)
    {
        var written = string.Concat(key.Where(c => c is not (' ' or '{' or '}')));
        foreach (var spelling in spellings)
        {
            foreach (var name in new[] { spelling, spelling.TrimStart('\\') })
            {
                if (written == name + "^" + Last || written == name + "^" + Layer)
                {
                    return (spelling, written.EndsWith(Last, StringComparison.Ordinal));
                }
            }
        }

        return null;
    }
}

/// <summary>
/// A per-layer quantity the student defines, such as Nielsen's δ: spelled <see cref="Spelling"/> in
/// LaTeX, named <see cref="Name"/> in the numpy-like syntax (a list: <c>delta[l - 1]</c> is δ^l), each
/// layer shaped like the same layer of the list input <see cref="ShapedLike"/>.
/// </summary>
internal sealed record LayerDefinition(string Name, string Spelling, Expr ShapedLike, SourceText ShapedLikeSource)
{
    /// <exception cref="SpecException">as for <see cref="NotationLayers.Of"/>.</exception>
    public static LayerDefinition Of(SourceText spelling, SourceText shapedLike)
    {
        if (LatexReader.Read(spelling, _ => null) is not SymbolNode { Tag: null, Subscript: null, Primes: 0 } symbol)
        {
            throw FormulaError.NotationSpelling(spelling);
        }

        return new LayerDefinition(symbol.Base.TrimStart('\\'), symbol.Base, NumpyFormula.Parse(shapedLike), shapedLike);
    }
}
