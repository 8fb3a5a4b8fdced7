using System.Text.RegularExpressions;
using Grader.Specs;

namespace Grader.Derivations.Checking;

/// <summary>
/// Reads the sides of a chain bound to a target: the target derivative itself stands for the reference
/// value; a side with any other derivative, or with one of the write-up's macros, is not read; the rest
/// goes to the formula reader, whose message is kept when it cannot read a side.
/// </summary>
internal sealed class SideReader(ChainTarget target, string file, IReadOnlyList<string> macros)
{
    public SideReading Read(DerivationSide side)
    {
        if (side.IsMissing)
        {
            return SideReading.Unreadable(UncheckedKind.MissingLeft, DerivationMessages.MissingLeft());
        }

        if ((DerivativeNotation.Read(side.Latex) is { } symbol && IsTarget(symbol)) || target.Problem.Spelled(side.Latex) == target.Output)
        {
            return SideReading.Target;
        }

        if (macros.FirstOrDefault(m => Uses(side.Latex, m)) is { } macro)
        {
            return SideReading.Unreadable(UncheckedKind.Macro, DerivationMessages.Macro(macro));
        }

        try
        {
            // A derivative the problem's notation names (∇_a C in delta-output-layer) reads like any symbol.
            return SideReading.Read(target.Problem.Context.ReadLatex(Source(side)));
        }
        catch (SpecException error)
        {
            return DerivativeNotation.Mentions(side.Latex)
                ? SideReading.Unreadable(UncheckedKind.OtherDerivative, DerivationMessages.OtherDerivative(target))
                : SideReading.Unreadable(UncheckedKind.Unreadable, error.Problem);
        }
    }

    /// <summary>The chain's own derivative: as its first side wrote it, or with the output's variable below and a loss's name above.</summary>
    private bool IsTarget(DerivativeSymbol symbol)
    {
        if (target.Symbol is { } first && SymbolSpelling.Symbol(first.Denominator) == SymbolSpelling.Symbol(symbol.Denominator)
            && SymbolSpelling.Loss(first.Numerator) == SymbolSpelling.Loss(symbol.Numerator))
        {
            return true;
        }

        return symbol.Form != DerivativeForm.Operator
            && target.Problem.NameOf(symbol.Denominator) == target.Output.Wrt
            && target.Output.ObjectiveName is { } objective
            && (SymbolSpelling.IsLossLetter(symbol.Numerator) || SymbolSpelling.Loss(symbol.Numerator) == objective);
    }

    /// <summary>The side as the formula reader sees it, placed at its line and column in the write-up.</summary>
    private SourceText Source(DerivationSide side)
    {
        var lines = side.Latex.Count(c => c == '\n') + 1;
        var origins = Enumerable.Range(0, lines).Select(k => k == 0 ? (side.Span.Line, side.Span.Column) : (side.Span.Line + k, 1)).ToList();
        return new SourceText(side.Latex, file, origins);
    }

    private static bool Uses(string latex, string macro) =>
        Regex.IsMatch(latex, Regex.Escape(macro) + "(?![A-Za-z])", RegexOptions.None, TimeSpan.FromSeconds(1));
}
