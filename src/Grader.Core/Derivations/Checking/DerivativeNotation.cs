using Grader.Formulas.Latex;
using Grader.Specs;

namespace Grader.Derivations.Checking;

/// <summary>
/// Reads derivative notation with the formula lexer, which the formula reader refuses by design (a
/// formula answer is what a derivative equals): whether a side is one derivative (<see cref="Read"/>),
/// and whether it mentions one anywhere (<see cref="Mentions"/>), such as the factors of a chain rule.
/// </summary>
internal static partial class DerivativeNotation
{
    private static readonly HashSet<string> Fractions = [@"\frac", @"\dfrac", @"\tfrac"];

    /// <summary>The side as one first derivative, or null when it is anything else (or does not lex).</summary>
    public static DerivativeSymbol? Read(string latex)
    {
        if (Tokens(latex) is not { } tokens || tokens.Count < 2)
        {
            return null;
        }

        var first = tokens[0];
        if (first.Kind == LatexTokenKind.Command && Fractions.Contains(first.Text))
        {
            return ReadFraction(latex, tokens);
        }

        if (first.IsCommand(@"\nabla"))
        {
            return ReadNabla(latex, tokens);
        }

        return first.IsCommand(@"\partial") ? ReadSlash(latex, tokens) : null;
    }

    /// <summary>Whether the side holds a derivative anywhere: <c>\partial</c>, <c>\nabla</c>, or <c>\frac{d}{d…}</c>.</summary>
    public static bool Mentions(string latex)
    {
        if (Tokens(latex) is not { } tokens)
        {
            return latex.Contains(@"\partial", StringComparison.Ordinal) || latex.Contains(@"\nabla", StringComparison.Ordinal);
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].IsCommand(@"\partial") || tokens[k].IsCommand(@"\nabla"))
            {
                return true;
            }

            if (tokens[k].Kind == LatexTokenKind.Command && Fractions.Contains(tokens[k].Text)
                && Group(tokens, k + 1) is { } top && Group(tokens, top.Next) is { } bottom
                && StartsWithD(tokens, top) && StartsWithD(tokens, bottom) && bottom.Close - bottom.First > 1)
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<LatexToken>? Tokens(string latex)
    {
        try
        {
            var tokens = LatexLexer.Tokenize(SourceText.Inline(latex, "side"));
            return tokens.Take(tokens.Count - 1).ToList();
        }
        catch (SpecException)
        {
            return null;
        }
    }

    /// <summary>The braced group opening at <paramref name="open"/>: its first inner token, its closing brace, the token after it.</summary>
    private static (int First, int Close, int Next)? Group(IReadOnlyList<LatexToken> tokens, int open)
    {
        if (open >= tokens.Count || tokens[open].Kind != LatexTokenKind.OpenBrace)
        {
            return null;
        }

        var depth = 0;
        for (var k = open; k < tokens.Count; k++)
        {
            depth += tokens[k].Kind switch
            {
                LatexTokenKind.OpenBrace => 1,
                LatexTokenKind.CloseBrace => -1,
                _ => 0,
            };
            if (depth == 0)
            {
                return (open + 1, k, k + 1);
            }
        }

        return null;
    }

    private static bool StartsWithD(IReadOnlyList<LatexToken> tokens, (int First, int Close, int Next) group) =>
        group.Close > group.First && tokens[group.First].Is(LatexTokenKind.Letter, "d");

    /// <summary>The LaTeX of tokens <paramref name="start"/> to <paramref name="end"/>, from right after the token before them (so a dropped <c>\mathbf</c> stays).</summary>
    private static string Text(string latex, IReadOnlyList<LatexToken> tokens, int start, int end) =>
        end <= start ? string.Empty : latex[(start == 0 ? 0 : tokens[start - 1].End)..tokens[end - 1].End].Trim();
}
