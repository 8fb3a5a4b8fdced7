using Grader.Formulas.Latex;

namespace Grader.Derivations.Checking;

internal static partial class DerivativeNotation
{
    /// <summary><c>\frac{\partial N}{\partial D}</c> with an optional point <c>(\theta, …)</c>, or the operator <c>\frac{d}{dx} f(x)</c>.</summary>
    private static DerivativeSymbol? ReadFraction(string latex, IReadOnlyList<LatexToken> tokens)
    {
        if (Group(tokens, 1) is not { } top || Group(tokens, top.Next) is not { } bottom || top.Close == top.First || bottom.Close - bottom.First < 2)
        {
            return null;
        }

        var marker = tokens[top.First];
        var straight = marker.Is(LatexTokenKind.Letter, "d");
        if (!(straight || marker.IsCommand(@"\partial")) || tokens[bottom.First].Text != marker.Text
            || tokens[top.First + 1 < top.Close ? top.First + 1 : top.First].Kind == LatexTokenKind.Caret)
        {
            return null;
        }

        var denominator = Text(latex, tokens, bottom.First + 1, bottom.Close);
        if (top.Close == top.First + 1)
        {
            var operand = Text(latex, tokens, bottom.Next, tokens.Count);
            return operand.Length == 0 ? null : new DerivativeSymbol(operand, denominator, DerivativeForm.Operator);
        }

        var numerator = Text(latex, tokens, top.First + 1, top.Close);
        return bottom.Next == tokens.Count || IsPoint(tokens, bottom.Next)
            ? new DerivativeSymbol(numerator, denominator, DerivativeForm.Fraction)
            : null;
    }

    /// <summary><c>\partial J / \partial W</c>.</summary>
    private static DerivativeSymbol? ReadSlash(string latex, IReadOnlyList<LatexToken> tokens)
    {
        var depth = 0;
        for (var k = 1; k < tokens.Count - 2; k++)
        {
            depth += Nesting(tokens[k]);
            if (depth == 0 && tokens[k].Kind == LatexTokenKind.Slash)
            {
                return k > 1 && tokens[k + 1].IsCommand(@"\partial")
                    ? new DerivativeSymbol(Text(latex, tokens, 1, k), Text(latex, tokens, k + 2, tokens.Count), DerivativeForm.Slash)
                    : null;
            }
        }

        return null;
    }

    /// <summary><c>\nabla_{W^{(1)}} L</c> or <c>\nabla_{W^{(1)}}(L)</c>.</summary>
    private static DerivativeSymbol? ReadNabla(string latex, IReadOnlyList<LatexToken> tokens)
    {
        if (tokens[1].Kind != LatexTokenKind.Underscore || tokens.Count < 4)
        {
            return null;
        }

        var (first, close, next) = Group(tokens, 2) is { } group ? group : (2, 3, 3);
        var (start, end) = IsPoint(tokens, next) ? (next + 1, tokens.Count - 1) : (next, tokens.Count);
        var numerator = Text(latex, tokens, start, end);
        return close == first || numerator.Length == 0
            ? null
            : new DerivativeSymbol(numerator, Text(latex, tokens, first, close), DerivativeForm.Nabla);
    }

    /// <summary>Whether the tokens from <paramref name="open"/> are one bracketed group up to the end.</summary>
    private static bool IsPoint(IReadOnlyList<LatexToken> tokens, int open)
    {
        if (open >= tokens.Count || tokens[open].Kind is not (LatexTokenKind.OpenParen or LatexTokenKind.OpenBracket))
        {
            return false;
        }

        var depth = 0;
        for (var k = open; k < tokens.Count; k++)
        {
            depth += Nesting(tokens[k]);
            if (depth == 0)
            {
                return k == tokens.Count - 1;
            }
        }

        return false;
    }

    private static int Nesting(LatexToken token) => token.Kind switch
    {
        LatexTokenKind.OpenBrace or LatexTokenKind.OpenParen or LatexTokenKind.OpenBracket or LatexTokenKind.OpenSet => 1,
        LatexTokenKind.CloseBrace or LatexTokenKind.CloseParen or LatexTokenKind.CloseBracket or LatexTokenKind.CloseSet => -1,
        _ => 0,
    };
}
