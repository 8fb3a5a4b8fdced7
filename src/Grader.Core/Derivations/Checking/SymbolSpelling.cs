using System.Text;
using Grader.Formulas.Latex;
using Grader.Specs;

namespace Grader.Derivations.Checking;

/// <summary>
/// A symbol's spelling compared loosely: braces and bold gone, a letter index dropped
/// (<c>z_{i}^{(3)}</c> and <c>z^{(3)}</c> are one spelling), and for a loss's name its accents too
/// (<c>\tilde{J}</c>, <c>\mathcal{L}</c>).
/// </summary>
internal static class SymbolSpelling
{
    private static readonly HashSet<string> Accents =
        [@"\tilde", @"\widetilde", @"\hat", @"\widehat", @"\bar", @"\overline", @"\mathcal", @"\mathscr", @"\vec"];

    /// <summary>The names a derivation's numerator may give the objective whatever the problem calls it.</summary>
    private static readonly HashSet<string> LossLetters = ["J", "L", "E", "C", "l", @"\ell"];

    /// <summary>The spelling without braces and without a letter index: <c>z_i^{(3)}</c> is <c>z^(3)</c>.</summary>
    public static string Symbol(string latex) => Canonical(latex, keepAccents: true, keepIndex: false);

    /// <summary>A numerator's name: accents and the point it is taken at dropped (<c>\tilde{J}(\theta)</c> is J), an index kept (<c>l_k</c> is one example's loss).</summary>
    public static string Loss(string latex)
    {
        var canonical = Canonical(latex, keepAccents: false, keepIndex: true);
        var point = canonical.IndexOf('(', StringComparison.Ordinal);
        return point > 0 ? canonical[..point] : canonical;
    }

    /// <summary>A numerator's name with its accents, without the point it is taken at: <c>\tilde{J}(\theta)</c> is <c>\tilde{J}</c>.</summary>
    public static string Accented(string latex)
    {
        // \widetilde and \tilde are one accent, as are \widehat and \hat, \overline and \bar.
        var canonical = Canonical(latex, keepAccents: true, keepIndex: true)
            .Replace(@"\widetilde", @"\tilde", StringComparison.Ordinal)
            .Replace(@"\widehat", @"\hat", StringComparison.Ordinal)
            .Replace(@"\overline", @"\bar", StringComparison.Ordinal);
        var point = canonical.IndexOf('(', StringComparison.Ordinal);
        return point > 0 ? canonical[..point] : canonical;
    }

    /// <summary>Whether a numerator is one of the usual names of a loss (J, L, E, C, ℓ), whatever its accent.</summary>
    public static bool IsLossLetter(string latex) => LossLetters.Contains(Loss(latex));

    private static string Canonical(string latex, bool keepAccents, bool keepIndex)
    {
        IReadOnlyList<LatexToken> tokens;
        try
        {
            tokens = LatexLexer.Tokenize(SourceText.Inline(latex, "symbol"));
        }
        catch (SpecException)
        {
            return latex;
        }

        var text = new StringBuilder();
        for (var k = 0; k < tokens.Count - 1; k++)
        {
            var token = tokens[k];
            if (!keepIndex && token.Kind == LatexTokenKind.Underscore && LetterIndex(tokens, k + 1) is { } next)
            {
                k = next - 1;
            }
            else if (token.Kind is not (LatexTokenKind.OpenBrace or LatexTokenKind.CloseBrace) && (keepAccents || !Accents.Contains(token.Text)))
            {
                text.Append(token.Text);
            }
        }

        return text.ToString();
    }

    /// <summary>After an underscore, a subscript of letters only (<c>i</c>, <c>{ij}</c>): the index after it, else null.</summary>
    private static int? LetterIndex(IReadOnlyList<LatexToken> tokens, int start)
    {
        if (tokens[start].Kind == LatexTokenKind.Letter)
        {
            return start + 1;
        }

        if (tokens[start].Kind != LatexTokenKind.OpenBrace)
        {
            return null;
        }

        var k = start + 1;
        while (tokens[k].Kind == LatexTokenKind.Letter)
        {
            k++;
        }

        return k > start + 1 && tokens[k].Kind == LatexTokenKind.CloseBrace ? k + 1 : null;
    }
}
